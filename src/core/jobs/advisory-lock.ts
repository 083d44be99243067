import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { JobLock } from './scheduler.ts';

// On a PostgreSQL server several Wijkwerk processes may share one database: a session-level
// advisory lock per job lets exactly one of them run it. The lock lives on one connection, held
// for the run; the job itself uses the pool as usual.

export function advisoryLock(db: Db): JobLock {
  return {
    async withLock(name, fn) {
      return db.connection().execute(async (conn) => {
        const key = `wijkwerk.job.${name}`;
        const got = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(conn);
        if (!got.rows[0]?.locked) return { ran: false as const };
        try {
          return { ran: true as const, result: await fn() };
        } finally {
          await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(conn);
        }
      });
    },
  };
}
