import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { RateLimitedError } from '../errors.ts';

// Fixed-window counters in the database, so every process on one database shares them.

export interface Limit {
  max: number;
  windowSeconds: number;
}

export const limits = {
  signInPerIp: { max: 20, windowSeconds: 600 },
  passwordResetPerIp: { max: 5, windowSeconds: 3600 },
  publicFormPerIp: { max: 10, windowSeconds: 600 },
} satisfies Record<string, Limit>;

/** Counts one hit; throws RateLimitedError when the window is full. */
export async function hit(db: Db, key: string, limit: Limit, now = new Date()): Promise<void> {
  const windowStart = new Date(
    Math.floor(now.getTime() / 1000 / limit.windowSeconds) * limit.windowSeconds * 1000,
  );
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
        window_start: sql`excluded.window_start`,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  if (row.count > limit.max) {
    const retry = Math.ceil((windowStart.getTime() + limit.windowSeconds * 1000 - now.getTime()) / 1000);
    throw new RateLimitedError(Math.max(retry, 1));
  }
}
