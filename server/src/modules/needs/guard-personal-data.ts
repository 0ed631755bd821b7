import { findPersonalDataWarnings } from '@domain/personal-data-warnings';
import type { TPersonalDataWarningIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import { recordAudit } from '@server/platform/audit/audit';
import { PersonalDataWarning } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';

/**
 * The whole personal-data guard for free text a person writes: a valid personnummer or
 * samordningsnummer is refused as by `assertNoPersonalData`; what only may be personal data (a
 * number with a wrong check digit, a name with a room, address or diagnosis nearby —
 * `domain/personal-data-warnings.ts`) answers 422 `personal_data_warning` naming each field and
 * reason, unless the request confirmed it (`Digiplan-Confirm-Personal-Data: yes`). Returns the
 * warnings the user confirmed, for `recordConfirmedWarnings` in the same transaction as the save.
 */
export function guardPersonalData(ctx: Pick<Ctx, 'personalDataConfirmed'>, fields: Record<string, string | null | undefined>): TPersonalDataWarningIssue[] {
  assertNoPersonalData(fields);
  const warnings: TPersonalDataWarningIssue[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    for (const warning of findPersonalDataWarnings(text)) warnings.push({ path: `body.${field}`, reason: warning.reason, text: warning.text });
  }
  if (warnings.length > 0 && !ctx.personalDataConfirmed) throw new PersonalDataWarning(warnings);
  return warnings;
}

/**
 * Audits that the user confirmed personal-data warnings on what she saved (`entity`): which fields
 * and why — not the flagged text, so a later redaction has no copy of it here to erase.
 */
export async function recordConfirmedWarnings(tx: Tx, ctx: Ctx, warnings: TPersonalDataWarningIssue[], entity: { entityType: string; entityId: string }): Promise<void> {
  if (warnings.length === 0) return;
  await recordAudit(tx, ctx, {
    action: 'personal_data_warning.confirmed',
    ...entity,
    after: { warnings: warnings.map(({ path, reason }) => ({ path, reason })) },
  });
}
