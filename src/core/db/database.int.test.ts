import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';

// PGlite is one connection: a query of one request must never run inside another request's
// open transaction (docs/decisions/002).

let database: Database;
beforeAll(async () => {
  database = await openDatabase({});
  await database.execScript('create table t (v text)');
});
afterAll(() => database.close());

describe.runIf(!process.env.TEST_DATABASE_URL)('serialised PGlite connection', () => {
  it('keeps a concurrent query out of a transaction that later rolls back', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let started!: () => void;
    const inTransaction = new Promise<void>((r) => {
      started = r;
    });
    const a = database.db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into t values ('from a')`.execute(trx);
        started();
        await held;
        throw new Error('roll back a');
      })
      .catch((e: Error) => e.message);
    await inTransaction;
    // B starts while A's transaction is open; it must wait, not join A.
    const b = sql`insert into t values ('from b')`.execute(database.db);
    // Give B every chance to run now (it would, inside A, without the mutex) before A rolls back.
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await a).toBe('roll back a');
    await b;
    const rows = await sql<{ v: string }>`select v from t order by v`.execute(database.db);
    expect(rows.rows.map((r) => r.v)).toEqual(['from b']);
  });

  it('runs two concurrent transactions one after the other, both committed', async () => {
    await sql`delete from t`.execute(database.db);
    await Promise.all(
      ['x', 'y'].map((v) =>
        database.db.transaction().execute(async (trx) => {
          const n = await sql<{ n: number }>`select count(*)::int as n from t`.execute(trx);
          await sql`insert into t values (${`${v}${n.rows[0]?.n}`})`.execute(trx);
        }),
      ),
    );
    const rows = await sql<{ v: string }>`select v from t order by v`.execute(database.db);
    // Serialised: whichever ran second saw the first one's row.
    expect(new Set(rows.rows.map((r) => r.v.slice(1)))).toEqual(new Set(['0', '1']));
  });
});
