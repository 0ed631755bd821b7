import { sql } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';

export type SimilarNeedRow = { id: string; number: number; title: string; status: string; supporterCount: number; score: number };

/**
 * Needs of the organisation that resemble a need being written, best first.
 *
 * Two PostgreSQL means, the larger wins:
 * - the title's trigram similarity (pg_trgm, `needs_title_trgm_idx`): catches compounds and
 *   spellings ("nattillsyn" / "digital nattillsyn", "läkemedelsrobot" / "läkemedelsrobotar");
 * - shared Swedish words: the written title and text become lexemes (stemmed, stop words gone),
 *   any of them finds a need through `needs_search_idx`, and the score is the shared lexemes over
 *   the geometric mean of both sides' counts (so one common word in a long text scores low).
 * Merged needs are left out: their supporters moved to the need they were merged into.
 */
export async function readSimilarNeeds(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId'>,
  input: { title: string; text: string; exclude: string | null; minScore: number; limit: number },
): Promise<SimilarNeedRow[]> {
  const written = `${input.title} ${input.text}`;
  const result = await tx.execute<SimilarNeedRow>(sql`
    with written as (
      select array(select distinct unnest(tsvector_to_array(to_tsvector('swedish', ${written})))) as lexemes
    ), words as (
      select lexemes,
             (select string_agg(quote_literal(l), ' | ') from unnest(lexemes) l)::tsquery as query
      from written
    ), scored as (
      select n.id, n.number, n.title, n.status, n.supporter_count,
             case when ${input.title} = '' then 0 else similarity(n.title, ${input.title}) end as title_score,
             case when cardinality(w.lexemes) = 0 then 0 else
               (select count(*) from unnest(tsvector_to_array(n.search)) l where l = any(w.lexemes))::float8
                 / sqrt(cardinality(w.lexemes)::float8 * greatest(length(n.search), 1)) end as word_score
      from needs n, words w
      where n.organization_id = ${ctx.organizationId}
        and n.status <> 'merged'
        and (${input.exclude}::uuid is null or n.id <> ${input.exclude}::uuid)
        and ((${input.title} <> '' and n.title % ${input.title}) or n.search @@ w.query)
    )
    select id, number, title, status, supporter_count as "supporterCount", round(greatest(title_score, word_score)::numeric, 3)::float8 as score
    from scored
    where greatest(title_score, word_score) >= ${input.minScore}
    order by score desc, number desc
    limit ${input.limit}
  `);
  return result.rows;
}
