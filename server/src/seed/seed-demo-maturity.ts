import { type MaturityRating, type OperationArea } from '@domain/maturity';
import type { Db } from '@server/platform/db/database';
import { buildCtx } from '@server/platform/tenancy/context';
import { createMaturityAssessment } from '@server/modules/maturity/create-maturity-assessment';
import { findMaturityIndicators } from '@server/modules/maturity/find-maturity-indicators';
import { setMaturityAnswer } from '@server/modules/maturity/set-maturity-answer';
import { createNeedFromIndicator } from '@server/modules/maturity/create-need-from-indicator';
import type { DemoOrganization } from '@server/seed/demo-organization';

const AREAS: OperationArea[] = ['overall', 'elderly_care'];
const COMMENTS: Record<number, string> = {
  2: 'Prioriteringen sker i OLG varje kvartal.',
  12: 'Larmkedjan testades senast i våras.',
  20: 'Kartläggningen är gjord för hemtjänsten, inte för SÄBO.',
  30: 'Digital nattillsyn finns i två hemtjänstområden.',
};

/** The rating of indicator `i` for verksamhetsområde `j`: a spread over the scale, a step better the later year. */
function ratingFor(i: number, j: number, later: boolean): MaturityRating {
  const order: MaturityRating[] = ['not_planned', 'planned', 'started', 'almost', 'achieved'];
  if ((i + j) % 11 === 5) return 'not_relevant';
  const step = (i * 7 + j * 3) % 4;
  return order[Math.min(4, step + (later && i % 3 !== 0 ? 1 : 0))]!;
}

/**
 * Two years of digital mognadsskattning for the demo organisation (2025 and 2026, övergripande and
 * äldreomsorg) through the real use cases, with a few comments and one indicator turned into a need.
 */
export async function seedDemoMaturity(db: Db, org: DemoOrganization): Promise<void> {
  const ctx = buildCtx({
    actor: { id: org.adminId, name: 'Administratör Exempelkommun', email: 'admin@exempelkommun.se' },
    organizationId: org.organizationId,
    roles: ['admin'],
    requestId: 'demo-seed',
    ip: '127.0.0.1',
    db,
  });
  const indicators = await findMaturityIndicators(ctx, { includeRetired: false });
  for (const [year, later] of [[2025, false], [2026, true]] as const) {
    const assessment = await createMaturityAssessment(ctx, { year, label: '', operationAreas: AREAS });
    for (const [i, indicator] of indicators.entries()) {
      for (const [j, operationArea] of AREAS.entries()) {
        if (later && i >= 36) continue; // this year's assessment is not finished yet
        const comment = j === 0 ? (COMMENTS[i] ?? '') : '';
        await setMaturityAnswer(ctx, assessment.id, { indicatorId: indicator.id, operationArea, rating: ratingFor(i, j, later), comment }, 0);
      }
    }
    if (!later) {
      const planned = indicators.findIndex((_, i) => ratingFor(i, 1, false) === 'planned');
      if (planned >= 0) await createNeedFromIndicator(ctx, assessment.id, { indicatorId: indicators[planned]!.id, operationArea: 'elderly_care' });
    }
  }
}

