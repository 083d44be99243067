import os from 'node:os';
import { benchAgendaService, benchExpansion } from './agenda.ts';
import { benchHsdsImport, hsdsFor } from './hsds-import.ts';
import { benchSearch, loadItems } from './search.ts';
import { type BenchDb, demoPglite, demoPostgres } from './social-map-db.ts';

// The social-map benchmarks of `node bench/run.ts search|agenda|hsds` (docs/benchmarks.md).
// Sizes and runs from the environment; PostgreSQL as well when DATABASE_URL is set (a
// throwaway database is created on that server and dropped afterwards).

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

type Out = (line?: string) => void;

async function onEach(
  out: Out,
  sizes: { pglite: number; postgres: number },
  fn: (b: BenchDb, n: number) => Promise<void>,
) {
  const targets: Array<['PGlite' | 'PostgreSQL', () => Promise<BenchDb>, number]> = [];
  // BENCH_PGLITE=0: only the server.
  if (process.env.BENCH_PGLITE !== '0') targets.push(['PGlite', demoPglite, sizes.pglite]);
  const url = process.env.DATABASE_URL;
  if (url) targets.push(['PostgreSQL', () => demoPostgres(url), sizes.postgres]);
  for (const [name, open, n] of targets) {
    process.stderr.write(`${name}, ${n} items\n`);
    const b = await open();
    try {
      out(
        `**${name}${name === 'PostgreSQL' ? ` ${await serverVersion(b)}` : ''}**, ${n} items (load average at start ${load()}):`,
      );
      out();
      await fn(b, n);
    } finally {
      await b.close();
    }
  }
}

async function serverVersion(b: BenchDb): Promise<string> {
  const { sql } = await import('kysely');
  const r = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(b.database.db);
  return r.rows[0]?.v.split(' ')[0] ?? '';
}

export async function runSearch(out: Out) {
  const runs = size('BENCH_RUNS', 20);
  await onEach(
    out,
    { pglite: size('BENCH_SIZE', 100_000), postgres: size('BENCH_PG_SIZE', 1_000_000) },
    async (b, n) => {
      const started = performance.now();
      await loadItems(b, n);
      const loadSeconds = (performance.now() - started) / 1000;
      const figures = await benchSearch(b, runs);
      out(
        `Loaded in ${loadSeconds.toFixed(0)} s; ${runs} timed searches per kind after 2 warm-ups; load average after: ${load()}.`,
      );
      out();
      out('| Query | Hits | p50 | p95 |');
      out('|---|---:|---:|---:|');
      for (const f of figures)
        out(`| ${f.name} | ${f.total} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms |`);
      out();
    },
  );
}

export async function runAgenda(out: Out) {
  const runs = size('BENCH_RUNS', 20);
  const n = size('BENCH_AGENDA_SCHEDULES', 10_000);
  const e = benchExpansion(n, runs);
  out(
    `Agenda expansion (expandSchedule) of ${e.schedules} recurring schedules over 4 weeks (${e.occurrences} occurrences), ${runs} runs: **p50 ${e.p50.toFixed(0)} ms, p95 ${e.p95.toFixed(0)} ms** per run (load average ${load()})`,
  );
  out();
  await onEach(
    out,
    { pglite: size('BENCH_AGENDA_SIZE', 10_000), postgres: size('BENCH_AGENDA_SIZE', 10_000) },
    async (b, items) => {
      await loadItems(b, items);
      out('| Agenda service (listAgenda) | Occurrences | p50 | p95 |');
      out('|---|---:|---:|---:|');
      for (const f of await benchAgendaService(b, runs))
        out(`| ${f.name} | ${f.occurrences} | ${f.p50.toFixed(1)} ms | ${f.p95.toFixed(1)} ms |`);
      out();
    },
  );
}

export async function runHsdsImport(out: Out) {
  const n = size('BENCH_HSDS_SIZE', 100_000);
  await onEach(out, { pglite: n, postgres: n }, async (b) => {
    const json = await hsdsFor(b, n);
    const r = await benchHsdsImport(b, json);
    out(
      `HSDS import of ${r.records} generated services (importHsds, one run): **${r.perSecond.toFixed(0)} records/s** (${(r.ms / 1000).toFixed(1)} s; ${r.created} created, ${r.skipped} skipped of which ${r.duplicates} possible duplicates; load average after: ${load()})`,
    );
    out();
  });
}
