import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { countQueries } from '../core/db/database.ts';

// Pages and lists use a fixed number of queries whatever the number of areas (no N+1).
// These are counts, not timings.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ pages: true });
  await t.request('/'); // warms the municipality cache
});
afterAll(() => t.close());

async function queriesFor(path: string) {
  const { result, queries } = await countQueries(async () => {
    const res = await t.request(path);
    await res.text();
    return res.status;
  });
  expect(result).toBe(200);
  return queries;
}

describe('query counts', () => {
  it('the area page of a wijk, a buurt and the gemeente use the same small number', async () => {
    const wijk = await queriesFor('/wijken/WK999901');
    // 7, and 2 for the area's plans (the wijkplan section).
    expect(wijk).toBeLessThanOrEqual(9);
    expect(await queriesFor('/wijken/BU99990101')).toBeLessThanOrEqual(wijk);
    expect(await queriesFor('/wijken/GM9999')).toBeLessThanOrEqual(9);
  });

  it('the home page and the area list', async () => {
    expect(await queriesFor('/')).toBeLessThanOrEqual(6);
    expect(await queriesFor('/api/v1/areas?limit=200')).toBeLessThanOrEqual(3);
    expect(await queriesFor('/api/v1/areas?limit=2')).toBeLessThanOrEqual(3);
  });
});
