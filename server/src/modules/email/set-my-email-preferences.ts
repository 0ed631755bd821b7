import type { TEmailPreferences, TUpdateEmailPreferences } from '@domain/email.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findMyEmailPreferences, saveMyEmailPreferences } from '@server/modules/email/email-preferences.repository';

/**
 * Saves the current user's e-mail choices in this organisation. Only what changed is written and
 * audited (the kinds turned on and off); saving the same choices again changes nothing. A message
 * already in the outbox is not taken back: the choice applies to e-mails queued from now on.
 */
export async function setMyEmailPreferences(ctx: Ctx, input: TUpdateEmailPreferences): Promise<TEmailPreferences> {
  return inTenant(ctx, async (tx) => {
    const before = await findMyEmailPreferences(tx, ctx);
    const current = new Map(before.map((item) => [item.kind, item.enabled]));
    const changed = input.items.filter((item) => current.get(item.kind) !== item.enabled);
    if (changed.length > 0) {
      await saveMyEmailPreferences(tx, ctx, changed);
      await recordAudit(tx, ctx, {
        action: 'email_preferences.changed',
        entityType: 'user',
        entityId: ctx.actor.id,
        after: {
          emailsTurnedOn: changed.filter((item) => item.enabled).map((item) => item.kind),
          emailsTurnedOff: changed.filter((item) => !item.enabled).map((item) => item.kind),
        },
      });
    }
    return { items: await findMyEmailPreferences(tx, ctx) };
  });
}
