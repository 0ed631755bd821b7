import { and, desc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { benefitLessons } from '@server/modules/benefits/benefits.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type LessonView = {
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  worked: string;
  didNotWork: string;
  advice: string;
  authorName: string;
  createdAt: Date;
  version: number;
};

const view = {
  id: benefitLessons.id,
  initiativeId: benefitLessons.initiativeId,
  initiativeTitle: initiatives.title,
  worked: benefitLessons.worked,
  didNotWork: benefitLessons.didNotWork,
  advice: benefitLessons.advice,
  authorName: users.name,
  createdAt: benefitLessons.createdAt,
  version: benefitLessons.version,
};

export async function insertLesson(tx: Tx, ctx: Scope, input: { initiativeId: string; worked: string; didNotWork: string; advice: string; authorId: string }): Promise<string> {
  const id = uuidv7();
  await tx.insert(benefitLessons).values({ organizationId: ctx.organizationId, id, ...input });
  return id;
}

/**
 * Lessons of the organisation, newest first; with `query` only those matching it in Swedish full
 * text (stemmed: "utbildningen" finds "utbildning"), best match first.
 */
export async function findLessons(tx: Tx, ctx: Scope, options: { initiativeId?: string; query?: string; id?: string }): Promise<LessonView[]> {
  const conditions = [eq(benefitLessons.organizationId, ctx.organizationId)];
  if (options.initiativeId) conditions.push(eq(benefitLessons.initiativeId, options.initiativeId));
  if (options.id) conditions.push(eq(benefitLessons.id, options.id));
  const tsQuery = options.query ? sql`websearch_to_tsquery('swedish', ${options.query})` : undefined;
  if (tsQuery) conditions.push(sql`${benefitLessons.search} @@ ${tsQuery}`);
  return tx
    .select(view)
    .from(benefitLessons)
    .innerJoin(initiatives, and(eq(initiatives.organizationId, benefitLessons.organizationId), eq(initiatives.id, benefitLessons.initiativeId)))
    .innerJoin(users, eq(users.id, benefitLessons.authorId))
    .where(and(...conditions))
    .orderBy(...(tsQuery ? [sql`ts_rank(${benefitLessons.search}, ${tsQuery}) desc`] : []), desc(benefitLessons.createdAt))
    .limit(200);
}

/** One lesson of one initiative of the organisation (locked), or undefined. */
export async function findLessonRow(tx: Tx, ctx: Scope, initiativeId: string, lessonId: string) {
  const [row] = await tx
    .select()
    .from(benefitLessons)
    .where(and(eq(benefitLessons.organizationId, ctx.organizationId), eq(benefitLessons.initiativeId, initiativeId), eq(benefitLessons.id, lessonId)))
    .for('update');
  return row;
}

export async function deleteLessonRow(tx: Tx, ctx: Scope, lessonId: string): Promise<void> {
  await tx.delete(benefitLessons).where(and(eq(benefitLessons.organizationId, ctx.organizationId), eq(benefitLessons.id, lessonId)));
}
