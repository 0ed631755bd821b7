import { sql, type SQL } from 'drizzle-orm';
import type { InitiativeForm } from '@domain/decisions.contracts';
import type { THomeNeed, THomePlan, THomeToScore } from '@domain/home.contracts';
import type { NeedStatus } from '@domain/needs.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';

/** Which parts of the start page the caller's roles get; the others are not read at all. */
export type HomeParts = { myNeeds: boolean; toScore: boolean; myWork: boolean; portfolio: boolean; plan: boolean };

type Count<K> = { key: K; count: number };
export type HomeFigures = {
  myNeedsByStatus: Count<NeedStatus>[] | null;
  myNeeds: THomeNeed[] | null;
  toScore: THomeToScore[] | null;
  myInitiatives: { id: string; title: string; stage: number; form: InitiativeForm; plannedEndYear: number | null }[] | null;
  needsByStatus: Count<NeedStatus>[] | null;
  initiativesByStage: Count<number>[] | null;
  initiativesByForm: Count<InitiativeForm>[] | null;
  plan: THomePlan | null;
};

/** Initiative roles that make a person answer for an initiative (projektägare, projektledare, ansvarig). */
const OWNING_KINDS = ['project_owner', 'project_manager', 'responsible'];
/** The needs a person's "Mina behov" shows. */
const LATEST_NEEDS = 10;

/**
 * Everything the start page counts and lists, as one statement (one round trip): each part is a
 * scalar subquery returning JSON, or null when the caller's roles do not get it. Every subquery
 * names the organisation itself; row-level security is the safety net.
 */
export async function readHomeFigures(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, parts: HomeParts): Promise<HomeFigures> {
  const org = ctx.organizationId;
  const me = ctx.actor.id;
  const part = (wanted: boolean, query: SQL) => (wanted ? sql`(${query})` : sql`null::json`);
  const kinds = sql.join(OWNING_KINDS.map((kind) => sql`${kind}`), sql`, `);
  const result = await tx.execute<Record<keyof HomeFigures, unknown>>(sql`
    select
      ${part(parts.myNeeds, sql`select coalesce(json_agg(json_build_object('key', status, 'count', n) order by status), '[]') from (
          select status, count(*)::int as n from needs where organization_id = ${org} and submitted_by = ${me} group by status) s`)} as "myNeedsByStatus",
      ${part(parts.myNeeds, sql`select coalesce(json_agg(json_build_object('id', n.id, 'number', n.number, 'title', n.title, 'status', n.status,
            'submittedAt', to_char(n.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'initiative', (select json_build_object('id', i.id, 'stage', i.stage, 'status', i.status) from initiatives i
                           where i.organization_id = n.organization_id and i.need_id = n.id order by i.created_at desc limit 1))
          order by n.submitted_at desc, n.number desc), '[]')
          from (select * from needs where organization_id = ${org} and submitted_by = ${me} order by submitted_at desc, number desc limit ${LATEST_NEEDS}) n`)} as "myNeeds",
      ${part(parts.toScore, sql`select coalesce(json_agg(json_build_object('needId', n.id, 'number', n.number, 'title', n.title,
            'openedAt', to_char(a.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by a.created_at, n.number), '[]')
          from assessments a join needs n on n.organization_id = a.organization_id and n.id = a.need_id
          where a.organization_id = ${org} and a.status = 'open'
            and not exists (select 1 from rater_scores r where r.organization_id = a.organization_id and r.assessment_id = a.id and r.rater_id = ${me})`)} as "toScore",
      ${part(parts.myWork, sql`select coalesce(json_agg(json_build_object('id', i.id, 'title', i.title, 'stage', i.stage, 'form', i.form, 'plannedEndYear', i.planned_end_year)
            order by i.stage desc, i.title), '[]')
          from initiatives i
          where i.organization_id = ${org} and i.status = 'active'
            and exists (select 1 from initiative_roles r where r.organization_id = i.organization_id and r.initiative_id = i.id
                        and r.user_id = ${me} and r.kind in (${kinds}))`)} as "myInitiatives",
      ${part(parts.portfolio, sql`select coalesce(json_agg(json_build_object('key', status, 'count', n) order by status), '[]') from (
          select status, count(*)::int as n from needs where organization_id = ${org} group by status) s`)} as "needsByStatus",
      ${part(parts.portfolio, sql`select coalesce(json_agg(json_build_object('key', stage, 'count', n) order by stage), '[]') from (
          select stage, count(*)::int as n from initiatives where organization_id = ${org} and status = 'active' group by stage) s`)} as "initiativesByStage",
      ${part(parts.portfolio, sql`select coalesce(json_agg(json_build_object('key', form, 'count', n) order by form), '[]') from (
          select form, count(*)::int as n from initiatives where organization_id = ${org} and status = 'active' group by form) s`)} as "initiativesByForm",
      ${part(parts.plan, sql`select json_build_object('id', p.id, 'title', p.title, 'startYear', p.start_year, 'endYear', p.end_year, 'status', p.status,
            'versionNumber', p.version_number, 'fixedOn', p.fixed_on,
            'itemCount', (select count(*)::int from plan_items pi where pi.organization_id = p.organization_id and pi.plan_id = p.id))
          from plans p where p.organization_id = ${org}
          order by (p.start_year <= extract(year from now() at time zone 'Europe/Stockholm') and p.end_year >= extract(year from now() at time zone 'Europe/Stockholm')) desc,
                   p.start_year desc, p.version_number desc
          limit 1`)} as "plan"
  `);
  return result.rows[0] as HomeFigures;
}
