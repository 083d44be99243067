import type { ServiceContext } from '../src/core/audit/write.ts';
import { loadActor } from '../src/core/auth/load-actor.ts';
import { type Database, openDatabase } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { loadDemo } from '../src/core/demo/load-demo.ts';
import { findMunicipalityByCode } from '../src/core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../src/core/people/people.repository.ts';
import { loadSocialMapDemo } from '../src/modules/social-map/demo/load-social-map-demo.ts';

// The databases of the social-map benchmarks: Gemeente Voorbeeld with the core and social-map
// demo (areas with boundaries, taxonomy, synonyms), on a fresh PGlite or on the PostgreSQL
// server of DATABASE_URL (a throwaway database created there and dropped afterwards).

export interface BenchDb {
  database: Database;
  ctx: ServiceContext;
  municipalityId: string;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

let pgliteTemplate: Blob | undefined;

async function seed(database: Database): Promise<void> {
  await migrate(database);
  await loadDemo(database.db);
  await loadSocialMapDemo(database.db);
}

async function contextFor(database: Database) {
  const m = await findMunicipalityByCode(database.db, 'GM9999');
  if (!m) throw new Error('the demo municipality is missing');
  // Imports are made by a person (an editor of the whole municipality): the demo coordinator.
  const person = await findPersonByEmail(database.db, m.id, 'coordinator@voorbeeld.example');
  if (!person) throw new Error('the demo coordinator is missing');
  const actor = await loadActor(database.db, m.id, person);
  return { municipalityId: m.id, ctx: { db: database.db, actor, meta: {} } satisfies ServiceContext };
}

/** A fresh PGlite with the demo; the first call builds it, later calls load a copy. */
export async function demoPglite(): Promise<BenchDb> {
  if (!pgliteTemplate) {
    process.stderr.write('building a PGlite database with the demo…\n');
    const database = await openDatabase({});
    await seed(database);
    const pglite = database.pglite as NonNullable<Database['pglite']>;
    await pglite.query('checkpoint');
    pgliteTemplate = await pglite.dumpDataDir('none');
    await database.close();
  }
  const database = await openDatabase({ loadDataDir: pgliteTemplate });
  return { database, ...(await contextFor(database)), kind: 'pglite', close: () => database.close() };
}

/** A throwaway database with the demo on the server of serverUrl; close() drops it. */
export async function demoPostgres(serverUrl: string): Promise<BenchDb> {
  const pg = (await import('pg')).default;
  const name = `wijkwerk_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await seed(database);
  return {
    database,
    ...(await contextFor(database)),
    kind: 'postgres',
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/** Calls fn twice to warm up, then `runs` times timed; the last result and the p50/p95 in ms. */
export async function timed<T>(runs: number, fn: () => Promise<T>) {
  let last = await fn();
  last = await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { last, p50: percentile(times, 50), p95: percentile(times, 95), runs };
}
