import pg from 'pg';
import { hashPassword } from '@server/platform/auth/passwords';

/** Realistic titles drawn from the seed plans, varied with a running number. */
const TITLES = [
  'Tillsynskameror i ordinärt boende', 'Läkemedelsrobotar i hemtjänsten', 'Demenslotsen', 'Digitala läkemedelsskåp',
  'Taligenkänning inom IFO', 'Nyckelfria lås i hemtjänsten', 'Digital nattillsyn', 'Trygghetssensorer på LSS-boende',
  'E-tjänst för inkomstblankett', 'Planeringsverktyg för hemtjänsten', 'Videomöten med anhöriga', 'Digitalt stöd för fallprevention',
];

export const BENCH_PASSWORD = 'bench-losenord-inte-hemligt';
export const benchEmail = (org: number) => `samordnare-${org}@bench.invalid`;

/**
 * Fills an empty, migrated database with a national-scale data set: `organizations` organisations,
 * each with units, focus areas, a coordinator and `needsPerOrganization` needs, most of them scored
 * (fixed assessments) and many decided (with frozen snapshots and initiatives). Runs as the
 * superuser with set-based SQL, so 150 000 needs take seconds, not minutes.
 */
export async function generateDataset(adminUrl: string, organizations: number, needsPerOrganization: number): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  try {
    await client.query('begin');
    await client.query(`
      create temporary table bench_orgs on commit drop as
      select g as n, gen_random_uuid() as id, gen_random_uuid() as user_id from generate_series(1, $1::int) g`, [organizations]);
    await client.query(`insert into organizations (id, name, municipality) select id, 'Benchkommun ' || n || ' – Socialförvaltningen', 'Benchkommun ' || n from bench_orgs`);
    await client.query(`insert into users (id, email, name, password_hash) select user_id, 'samordnare-' || n || '@bench.invalid', 'Samordnare ' || n, $1 from bench_orgs`, [passwordHash]);
    await client.query(`insert into memberships (organization_id, id, user_id, roles) select id, gen_random_uuid(), user_id, array['coordinator','steering_member'] from bench_orgs`);
    await client.query(`
      create temporary table bench_units on commit drop as
      select o.id as organization_id, gen_random_uuid() as id, u as k from bench_orgs o, generate_series(1, 5) u`);
    await client.query(`insert into units (organization_id, id, name) select organization_id, id, (array['Hemtjänst','SÄBO','Korttid','LSS','IFO'])[k] from bench_units`);
    await client.query(`
      create temporary table bench_focus on commit drop as
      select o.id as organization_id, gen_random_uuid() as id, f as k from bench_orgs o, generate_series(1, 3) f`);
    await client.query(`insert into focus_areas (organization_id, id, name, sort_order) select organization_id, id, (array['Effektivitet','Trygghet och delaktighet','Hållbarhet'])[k], k from bench_focus`);
    await client.query(`
      create temporary table bench_needs on commit drop as
      select o.id as organization_id, gen_random_uuid() as id, i as number, o.user_id,
             (select id from bench_units u where u.organization_id = o.id and u.k = 1 + (i % 5)) as unit_id,
             (select id from bench_focus f where f.organization_id = o.id and f.k = 1 + (i % 3)) as focus_area_id,
             -- Every fourth need has a second focus area, every third a second unit, every seventh "Alla".
             case when i % 4 = 0 then (select id from bench_focus f where f.organization_id = o.id and f.k = 1 + ((i + 1) % 3)) end as focus_area_id2,
             case when i % 3 = 0 then (select id from bench_units u where u.organization_id = o.id and u.k = 1 + ((i + 2) % 5)) end as unit_id2,
             i % 7 = 0 as all_units,
             array[1 + (random() * 3)::int, 1 + (random() * 3)::int, 1 + (random() * 3)::int, 1 + (random() * 3)::int,
                   1 + (random() * 3)::int, 1 + (random() * 3)::int, 1 + (random() * 3)::int, 1 + (random() * 3)::int] as s,
             case when i % 10 < 2 then 'submitted' when i % 10 < 5 then 'assessed' when i % 10 < 7 then 'approved'
                  when i % 10 < 8 then 'rejected' when i % 10 < 9 then 'parked' else 'assessed' end as status,
             now() - (i * interval '35 hours') as submitted_at
      from bench_orgs o, generate_series(1, $1::int) i`, [needsPerOrganization]);
    await client.query(`
      insert into needs (organization_id, id, number, title, problem, expected_benefit, affected_groups, all_units,
                         submitted_by, status, feasibility, potential, overall, quadrant, submitted_at)
      select organization_id, id, number, ($1::text[])[1 + number % ${TITLES.length}] || ' ' || number,
             'Medarbetarna lägger mycket tid på manuella moment och brukarna får vänta. Behov nummer ' || number || '.',
             'Mer tid för omsorg, färre resor och ökad trygghet för brukare och anhöriga.',
             array['care_recipients','staff'], all_units, user_id, status,
             case when status = 'submitted' then null else (s[1] + s[2] + s[3] + s[4]) / 4.0 end,
             case when status = 'submitted' then null else (s[5] + s[6] + s[7] + s[8]) / 4.0 end,
             case when status = 'submitted' then null else (s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7] + s[8]) / 8.0 end,
             case when status = 'submitted' then null
                  when (s[1] + s[2] + s[3] + s[4]) <= 10 and (s[5] + s[6] + s[7] + s[8]) <= 10 then 'doNow'
                  when (s[5] + s[6] + s[7] + s[8]) <= 10 then 'doLater'
                  when (s[1] + s[2] + s[3] + s[4]) <= 10 then 'doWhenOpportune' else 'doNot' end,
             submitted_at
      from bench_needs`, [TITLES]);
    await client.query(`
      insert into need_focus_areas (organization_id, need_id, focus_area_id)
      select organization_id, id, focus_area_id from bench_needs
      union all select organization_id, id, focus_area_id2 from bench_needs where focus_area_id2 is not null`);
    await client.query(`
      insert into need_units (organization_id, need_id, unit_id)
      select organization_id, id, unit_id from bench_needs where not all_units
      union all select organization_id, id, unit_id2 from bench_needs where unit_id2 is not null and not all_units`);
    await client.query(`
      insert into assessments (organization_id, id, need_id, status, competence, leadership_support, complexity, financing,
                               savings, quality, mandatory_requirement, goal_fulfilment, opened_by, fixed_by, fixed_at)
      select organization_id, gen_random_uuid(), id, 'fixed', s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], user_id, user_id, submitted_at + interval '20 days'
      from bench_needs where status <> 'submitted'`);
    await client.query(`
      insert into decisions (organization_id, id, need_id, outcome, form, owner_name, planned_start_year, parked_until, decision_date, forum, rationale, snapshot, decided_by)
      select organization_id, gen_random_uuid(), id,
             case status when 'approved' then 'proceed' when 'rejected' then 'reject' else 'park' end,
             case when status = 'approved' then (array['project','assignment','improvement'])[1 + number % 3] end,
             case when status = 'approved' then 'Enhetschef ' || (1 + number % 5) end,
             case when status = 'approved' then 2025 + number % 3 end,
             case when status = 'parked' then (now() + interval '180 days')::date end,
             (submitted_at + interval '30 days')::date, 'OLG', 'Beslut enligt prioriteringsmatrisen.',
             jsonb_build_object('scores', to_jsonb(s), 'status', status), user_id
      from bench_needs where status in ('approved', 'rejected', 'parked')`);
    await client.query(`
      insert into initiatives (organization_id, id, need_id, decision_id, title, form, owner_name, planned_start_year)
      select d.organization_id, gen_random_uuid(), d.need_id, d.id, n.title, d.form, d.owner_name, d.planned_start_year
      from decisions d join needs n on n.organization_id = d.organization_id and n.id = d.need_id where d.outcome = 'proceed'`);
    await client.query(`
      insert into need_comments (organization_id, id, need_id, author_id, body)
      select organization_id, gen_random_uuid(), id, user_id, 'Vi har samma behov på vår enhet.' from bench_needs where number % 4 = 0`);
    await client.query('commit');
    // Settled as autovacuum would leave it: the comment triggers updated a quarter of the needs,
    // and without a vacuum the first measured reads would prune those pages as they go.
    await client.query('vacuum (analyze)');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
