import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';

// Both drivers (PGlite, and the server when TEST_DATABASE_URL is set) hand out the same values.

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });
});
afterAll(() => database.close());

describe('column values', () => {
  it('keeps a date as its calendar text and reads numeric as a number', async () => {
    const { rows } = await sql<{ d: unknown; n: unknown; big: unknown; empty: unknown }>`
      select '2026-03-29'::date as d, 12.50::numeric(10, 2) as n, 3::bigint as big,
             null::date as empty`.execute(database.db);
    expect(rows[0]).toEqual({ d: '2026-03-29', n: 12.5, big: 3, empty: null });
  });
});
