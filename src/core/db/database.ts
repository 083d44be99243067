import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { CoreTables } from './tables.ts';

export type Db = Kysely<CoreTables>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a script of several statements (migrations) in one transaction. */
  execScript(sql: string): Promise<void>;
  /** The PGlite instance, for dumps; undefined on a server. */
  pglite: PGlite | undefined;
  close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm, unaccent };

// Counts queries per unit of work (a request, a test step) so N+1 patterns show up in tests.
const queryCounter = new AsyncLocalStorage<{ count: number }>();

export function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter = { count: 0 };
  return queryCounter.run(counter, async () => ({ result: await fn(), queries: counter.count }));
}

const log = () => {
  const counter = queryCounter.getStore();
  if (counter) counter.count++;
};

// Server: int8 as string would break counts; they are small enough for numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

// The same values from both drivers: a date stays its 'YYYY-MM-DD' text (a JS Date would shift it
// into the process's time zone), numeric becomes a number (indicator values, weights).
const dateOid = 1082;
const numericOid = 1700;
pg.types.setTypeParser(dateOid, (v) => v);
pg.types.setTypeParser(numericOid, (v) => Number(v));
const pgliteParsers = { [dateOid]: (v: string) => v, [numericOid]: (v: string) => Number(v) };

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** A dumped PGlite data directory to start from (tests). */
  loadDataDir?: Blob | File | undefined;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A connection the server closes while it is idle or being shut down (a restart, a failover,
    // an administrator) emits 'error' outside any query; without a listener Node would stop the
    // whole process. The pool replaces the connection; queries still get their own errors.
    const onConnectionError = (error: Error) => console.warn(`database connection closed: ${error.message}`);
    pool.on('error', onConnectionError);
    pool.on('connect', (c) => c.on('error', onConnectionError));
    // Fail early with a clear error when the server is unreachable.
    const client = await pool.connect();
    client.release();
    const db = new Kysely<CoreTables>({ dialect: new PostgresDialect({ pool }), log });
    return {
      db,
      kind: 'postgres',
      pglite: undefined,
      async execScript(sql) {
        const c = await pool.connect();
        try {
          await c.query('begin');
          await c.query(sql);
          await c.query('commit');
        } catch (error) {
          await c.query('rollback');
          throw error;
        } finally {
          c.release();
        }
      },
      close: () => db.destroy(),
    };
  }
  let pglite: PGlite;
  if (options.loadDataDir) {
    pglite = new PGlite({
      loadDataDir: options.loadDataDir,
      extensions: pgliteExtensions,
      parsers: pgliteParsers,
    });
  } else if (options.dataDir) {
    const dir = path.resolve(options.dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
    pglite = new PGlite(dir, { extensions: pgliteExtensions, parsers: pgliteParsers });
  } else {
    pglite = new PGlite({ extensions: pgliteExtensions, parsers: pgliteParsers });
  }
  await pglite.waitReady;
  const db = new Kysely<CoreTables>({ dialect: new PGliteDialect({ pglite }), log });
  return {
    db,
    kind: 'pglite',
    pglite,
    async execScript(sql) {
      await pglite.transaction((tx) => tx.exec(sql));
    },
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}
