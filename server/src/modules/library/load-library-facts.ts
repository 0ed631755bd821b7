import { and, asc, eq } from 'drizzle-orm';
import { calculationToWire } from '@domain/cost-benefit.contracts';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type { LibraryFacts } from '@domain/library';
import type { Tx } from '@server/platform/db/database';
import { notFound } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { needFocusAreas, needs } from '@server/modules/needs/needs.tables';
import { focusAreas, organizations } from '@server/modules/organizations/organizations.tables';
import { welfareTechItems } from '@server/modules/welfare-tech/welfare-tech.tables';
import { benefitLessons } from '@server/modules/benefits/benefits.tables';
import { findBenefitsOfInitiative, findMeasurements } from '@server/modules/benefits/benefits.repository';
import { findCalculation } from '@server/modules/benefits/calculations.repository';
import { findDocuments } from '@server/modules/documents/documents.repository';

type Scope = Pick<Ctx, 'organizationId'>;

/** The caller's organisation's name, copied into an entry so readers never read `organizations`. */
export async function ownOrganizationName(tx: Tx, ctx: Scope): Promise<string> {
  const [row] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, ctx.organizationId));
  return row?.name ?? '';
}

/**
 * Everything of the initiative a library entry could share, read in the caller's organisation
 * (404 when the initiative is not hers). People are not read: no owner, no benefit owners, no
 * authors, no one who measured — the snapshot cannot name them by mistake.
 */
export async function loadLibraryFacts(tx: Tx, ctx: Scope, initiativeId: string): Promise<LibraryFacts> {
  const [initiative] = await tx
    .select({ title: initiatives.title, description: initiatives.description, form: initiatives.form, stage: initiatives.stage, status: initiatives.status, needId: initiatives.needId, problem: needs.problem, expectedBenefit: needs.expectedBenefit })
    .from(initiatives)
    .innerJoin(needs, and(eq(needs.organizationId, initiatives.organizationId), eq(needs.id, initiatives.needId)))
    .where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, initiativeId)));
  if (!initiative) throw notFound('initiative');
  const areas = await tx
    .select({ name: focusAreas.name })
    .from(needFocusAreas)
    .innerJoin(focusAreas, and(eq(focusAreas.organizationId, needFocusAreas.organizationId), eq(focusAreas.id, needFocusAreas.focusAreaId)))
    .where(and(eq(needFocusAreas.organizationId, ctx.organizationId), eq(needFocusAreas.needId, initiative.needId)));
  const technologies = await tx
    .select({ technology: welfareTechItems.technology })
    .from(welfareTechItems)
    .where(and(eq(welfareTechItems.organizationId, ctx.organizationId), eq(welfareTechItems.initiativeId, initiativeId)));
  const stored = await findCalculation(tx, ctx, initiativeId);
  const benefitRows = await findBenefitsOfInitiative(tx, ctx, initiativeId);
  const measurements = await findMeasurements(tx, ctx, benefitRows.map((b) => b.id));
  const lessons = await tx
    .select({ worked: benefitLessons.worked, didNotWork: benefitLessons.didNotWork, advice: benefitLessons.advice })
    .from(benefitLessons)
    .where(and(eq(benefitLessons.organizationId, ctx.organizationId), eq(benefitLessons.initiativeId, initiativeId)))
    .orderBy(asc(benefitLessons.createdAt), asc(benefitLessons.id));
  const documents = await findDocuments(tx, ctx, initiativeId);
  let calculation: LibraryFacts['calculation'] = null;
  if (stored) {
    const { initiativeId: _id, exists: _exists, version: _version, ...shared } = calculationToWire(initiativeId, stored.calculation, { exists: true, version: stored.version });
    calculation = shared;
  }
  return {
    initiative: { title: initiative.title, description: initiative.description, form: initiative.form as InitiativeForm, stage: initiative.stage, status: initiative.status as LibraryFacts['initiative']['status'] },
    need: { problem: initiative.problem, expectedBenefit: initiative.expectedBenefit },
    focusAreas: areas.map((a) => a.name),
    technologies: technologies.map((t) => t.technology),
    calculation,
    benefits: benefitRows.map((b) => ({
      description: b.description,
      indicator: b.indicator,
      unit: b.unit,
      baselineValue: b.baselineValue,
      targetValue: b.targetValue,
      direction: b.direction,
      measurements: measurements.filter((m) => m.benefitId === b.id).map((m) => ({ measuredOn: m.measuredOn, value: m.value })),
    })),
    lessons,
    documents: documents.map((d) => ({ id: d.id, kind: d.kind, fields: d.fields })),
  };
}
