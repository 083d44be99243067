import os from 'node:os';
import { sql } from 'kysely';
import type { ServiceContext } from '../src/core/audit/write.ts';
import { countQueries, openDatabase } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { loadDemo } from '../src/core/demo/load-demo.ts';
import { anonymous } from '../src/core/permissions/actor.ts';
import { getDashboard } from '../src/modules/initiatives/signals/get-dashboard.ts';
import { getPublicSignals } from '../src/modules/initiatives/signals/get-public-signals.ts';
import { getStatistics } from '../src/modules/initiatives/signals/get-statistics.ts';
import { getTrends } from '../src/modules/initiatives/signals/get-trends.ts';
import { setPublicMap } from '../src/modules/initiatives/signals/signals-testing.ts';
import { createInitiativesFixture, ctxFor, demoEmails } from '../src/modules/initiatives/testing.ts';
import { percentile } from './social-map-db.ts';

// npm run bench:initiatives-dashboard (node bench/initiatives-dashboard.ts) — the officer's
// dashboard over BENCH_ITEMS items (default 1,000,000) on PGlite (in memory, the core demo):
// - rows generated in SQL (insert … select generate_series) in batches of BENCH_BATCH, spread
//   over the demo's 15 buurten and 5 categories, received over the last 3 years; ~1.6% open
//   (the recent ones), of which the older are overdue and escalated; then VACUUM ANALYZE (what
//   autovacuum does on a server);
// - getDashboard (the page's service: open per department/category, 12 months, 12 weeks) for
//   the coordinator (whole municipality), an area officer (wijk Centrum) and one buurt;
//   getTrends, getStatistics (12 months) and the public map (GeoJSON service, 3 months);
// - BENCH_RUNS (default 10) timed runs after two warm-ups: p50/p95 in ms, and the number of SQL
//   queries each call makes (the same whatever the number of items).
// Prints a Markdown summary; with BENCH_EXPLAIN=1 also the query plans.

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const total = size('BENCH_ITEMS', 1_000_000);
const batch = size('BENCH_BATCH', 100_000);
const runs = size('BENCH_RUNS', 10);
const progress = (line: string) => process.stderr.write(`${line}\n`);
const lines: string[] = [];
const out = (line = '') => lines.push(line);

async function timed<T>(fn: () => Promise<T>) {
  await fn();
  await fn();
  const times: number[] = [];
  let queries = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await countQueries(fn);
    times.push(performance.now() - t);
    queries = r.queries;
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), queries };
}

const database = await openDatabase({});
await migrate(database);
await loadDemo(database.db);
const db = database.db;
const fixture = await createInitiativesFixture(db);
const m = fixture.municipalityId;

const categories = await db
  .withTables<{
    initiative_categories: {
      id: string;
      kind_id: string;
      owner_organisation_id: string;
      municipality_id: string;
    };
  }>()
  .selectFrom('initiative_categories')
  .select(['id', 'kind_id', 'owner_organisation_id'])
  .where('municipality_id', '=', m)
  .execute();
const buurten = await db
  .selectFrom('areas')
  .select(['id', 'path', 'centroid_lon', 'centroid_lat'])
  .where('municipality_id', '=', m)
  .where('kind', '=', 'buurt')
  .orderBy('code')
  .execute();
const arr = (values: Array<string | number | null>, type: string) =>
  sql.raw(`array[${values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(',')}]::${type}[]`);
const cat = {
  id: arr(
    categories.map((c) => c.id),
    'uuid',
  ),
  kind: arr(
    categories.map((c) => c.kind_id),
    'uuid',
  ),
  owner: arr(
    categories.map((c) => c.owner_organisation_id),
    'uuid',
  ),
};
const area = {
  id: arr(
    buurten.map((b) => b.id),
    'uuid',
  ),
  path: arr(
    buurten.map((b) => b.path),
    'text',
  ),
  lon: arr(
    buurten.map((b) => b.centroid_lon ?? 5.1),
    'float8',
  ),
  lat: arr(
    buurten.map((b) => b.centroid_lat ?? 52.1),
    'float8',
  ),
};
const nc = categories.length;
const na = buurten.length;

const started = performance.now();
for (let from = 1; from <= total; from += batch) {
  const to = Math.min(total, from + batch - 1);
  // age in days: 0..1094 (3 years); open only when younger than 60 days (30% of those);
  // deadline 10 days after receipt; escalated when open and older than 20 days.
  await sql`
    insert into initiative_items (municipality_id, reference, kind_id, category_id, title, description,
      area_id, area_path, lon, lat, status, owner_organisation_id, follow_token_hash, received_at,
      deadline_on, escalate_on, escalated_at, closed_at)
    select ${m}, 'B-' || g, (${cat.kind})[1 + g % ${nc}], (${cat.id})[1 + g % ${nc}], 'Benchmarkmelding ' || g,
      'Gegenereerd voor de benchmark', (${area.id})[1 + (g / 7) % ${na}], (${area.path})[1 + (g / 7) % ${na}],
      (${area.lon})[1 + (g / 7) % ${na}] + ((g % 97) - 48) * 0.00007,
      (${area.lat})[1 + (g / 7) % ${na}] + ((g % 89) - 44) * 0.00005,
      case when age < 60 and g % 10 < 3 then (array['received','in_progress','awaiting_resident','reopened'])[1 + g % 4]
           when g % 50 = 0 then 'cancelled' when g % 7 = 0 then 'decided' else 'done' end,
      (${cat.owner})[1 + g % ${nc}], md5('bench-' || g), received, (received + interval '10 days')::date,
      (received + interval '17 days')::date,
      case when age < 60 and age > 20 and g % 10 < 3 then received + interval '18 days' end,
      case when age >= 60 or g % 10 >= 3 then received + interval '9 days' end
    from (
      select g, (g::bigint * 7919) % 1095 as age,
        now() - ((g::bigint * 7919) % 1095) * interval '1 day' - (g % 1440) * interval '1 minute' as received
      from generate_series(${from}::int, ${to}::int) g
    ) s`.execute(db);
  progress(`inserted ${to} / ${total} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
const insertSeconds = (performance.now() - started) / 1000;
const vacuumStart = performance.now();
await sql`vacuum analyze initiative_items`.execute(db);
const vacuumSeconds = (performance.now() - vacuumStart) / 1000;
await setPublicMap(db, m, true);

const counts = await sql<{ open: number; overdue: number; recent: number }>`
  select count(*) filter (where status in ('received','in_progress','awaiting_resident','reopened'))::int as open,
    count(*) filter (where status in ('received','in_progress','awaiting_resident','reopened') and deadline_on < current_date)::int as overdue,
    count(*) filter (where received_at >= now() - interval '365 days')::int as recent
  from initiative_items where municipality_id = ${m}`.execute(db);
const c0 = counts.rows[0] ?? { open: 0, overdue: 0, recent: 0 };

const coordinator: ServiceContext = await ctxFor(db, demoEmails.coordinator);
const officer: ServiceContext = await ctxFor(db, demoEmails.officerCentrum);

const cases: Array<[string, () => Promise<unknown>]> = [
  ['dashboard, coordinator (whole municipality)', () => getDashboard(coordinator, { locale: 'nl' })],
  ['dashboard, area officer (wijk Centrum)', () => getDashboard(officer, { locale: 'nl' })],
  [
    'dashboard, one buurt (BU99990101)',
    () => getDashboard(officer, { locale: 'nl', areaCode: 'BU99990101' }),
  ],
  ['trends, coordinator (12 months × wijk × category)', () => getTrends(coordinator, { locale: 'nl' })],
  ['trends, area officer', () => getTrends(officer, { locale: 'nl' })],
  ['statistics API service, coordinator (12 months)', () => getStatistics(coordinator, {})],
  ['public map (GeoJSON service, 3 months)', () => getPublicSignals(db, anonymous(m), { months: 3 }, 'nl')],
];

out(`### Officer's dashboard over ${total.toLocaleString('en')} items (PGlite, in memory)`);
out();
out(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; Node ${process.version}.`,
);
out(
  `Generated ${total.toLocaleString('en')} items in ${insertSeconds.toFixed(0)} s (insert … select generate_series, ${batch.toLocaleString('en')} per statement, with the 0016 indexes), VACUUM ANALYZE ${vacuumSeconds.toFixed(0)} s. Open: ${c0.open.toLocaleString('en')} (overdue ${c0.overdue.toLocaleString('en')}); received in the last 365 days: ${c0.recent.toLocaleString('en')}.`,
);
out();
out('| call | p50 ms | p95 ms | SQL queries |');
out('|---|---:|---:|---:|');
for (const [name, fn] of cases) {
  progress(`timing ${name}`);
  const r = await timed(fn);
  out(`| ${name} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.queries} |`);
}
out();
out(`${runs} timed runs after two warm-ups each.`);

if (process.env.BENCH_EXPLAIN) {
  const today = new Date().toISOString().slice(0, 10);
  const explain = async (label: string, q: ReturnType<typeof sql>) => {
    const r = await sql<{ 'QUERY PLAN': string }>`explain ${q}`.execute(db);
    out();
    out(`#### ${label}`);
    out('```');
    for (const row of r.rows) out(row['QUERY PLAN']);
    out('```');
  };
  await explain(
    'open now (office)',
    sql`select owner_organisation_id, category_id, count(*) from initiative_items i where municipality_id = ${m} and status in ('received','in_progress','awaiting_resident','reopened') and deadline_on < ${today}::date group by 1, 2`,
  );
  await explain(
    'received per month (area officer)',
    sql`select to_char(received_at, 'YYYY-MM'), status, category_id, count(*) from initiative_items i where municipality_id = ${m} and received_at >= now() - interval '1 year' and (area_path = 'GM9999/WK999901' or area_path like 'GM9999/WK999901/%') group by 1, 2, 3`,
  );
}

await database.close();
console.log(lines.join('\n'));
