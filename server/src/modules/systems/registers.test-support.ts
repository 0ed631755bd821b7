import { v7 as uuidv7 } from 'uuid';
import type { Db } from '@server/platform/db/database';
import { inTenant } from '@server/platform/tenancy/context';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { buildNeed, type TestOrganization } from '@test/factories';

/** An initiative inserted directly (need → decision → initiative) for the register tests to link to. */
export async function buildInitiative(db: Db, org: TestOrganization, submitterId: string, title = 'Nyckelfria lås i hemtjänsten'): Promise<string> {
  const need = await buildNeed(db, org, submitterId, { title, status: 'approved' });
  const decisionId = uuidv7();
  const initiativeId = uuidv7();
  await inTenant({ db, organizationId: org.id }, async (tx) => {
    await tx.insert(decisions).values({
      organizationId: org.id,
      id: decisionId,
      needId: need.id,
      outcome: 'proceed',
      form: 'project',
      ownerName: 'Projektägare',
      plannedStartYear: 2026,
      decisionDate: '2026-01-15',
      forum: 'OLG',
      rationale: 'Hög nytta.',
      snapshot: {},
      decidedBy: submitterId,
    });
    await tx.insert(initiatives).values({
      organizationId: org.id,
      id: initiativeId,
      needId: need.id,
      decisionId,
      title,
      form: 'project',
      ownerName: 'Projektägare',
      plannedStartYear: 2026,
    });
  });
  return initiativeId;
}

/** A complete system form as the web app sends it. */
export function systemBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Phoniro',
    purpose: 'Trygghetslarm och nyckelfria lås',
    supplier: 'Phoniro Systems AB',
    ownerName: 'Verksamhetschef äldreomsorg',
    administratorName: 'Teknikenheten',
    supportRoutine: 'Första linjen: teknikenheten, andra linjen: leverantören.',
    contractStart: '2023-01-01',
    contractEnd: '2026-12-31',
    noticeMonths: 6,
    yearlyCostOre: 12_345_650,
    oneOffCostOre: 4_000_000,
    classification: { confidentiality: 2, integrity: 3, availability: 4, traceability: 2 },
    lifecycle: 'in_operation',
    unitIds: [],
    initiativeLinks: [],
    ...overrides,
  };
}

/** A complete welfare technology row as the form sends it. */
export function welfareTechBody(overrides: Record<string, unknown> = {}) {
  return {
    technology: 'Trygghetslarm',
    product: 'Phoniro Care',
    supplier: 'Phoniro Systems AB',
    unitCount: 88,
    placement: 'SÄBO',
    state: 'deployed',
    asOf: '2021-12-31',
    systemId: null,
    initiativeId: null,
    ...overrides,
  };
}
