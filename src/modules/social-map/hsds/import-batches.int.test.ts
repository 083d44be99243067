import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { demoActor, seedTaxonomy, voorbeeldId } from '../testing.ts';
import { importCsv } from './import-csv.ts';
import { writeBatchSize } from './import-records.ts';

// The import writes in batches of multi-row statements, inside one transaction with one audit
// entry: every row gets its revision and current revision, and a failure in a later batch leaves
// nothing of the earlier batches behind.

let t: TestApp;
let m: string;
let coordinator: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  await seedTaxonomy(t.ctx.db, m);
  coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
});
afterAll(() => t.close());

const as = (actor: Actor) => ({ db: t.ctx.db, actor, meta: {} });
const rows = writeBatchSize * 2 + 7;
const mapping = { id: 'Nummer', title: 'Naam', summary: 'Omschrijving', organisation: 'Organisatie' };
const file = (note: string, organisation: string, title = 'Buurtactiviteit') =>
  [
    'Nummer,Naam,Omschrijving,Organisatie',
    ...Array.from({ length: rows }, (_, i) => `${i + 1},${title} ${i + 1},${note} ${i + 1},${organisation}`),
  ].join('\n');

async function counts(source: string) {
  const r = await sql<{ assets: number; revisions: number; current: number; audits: number; orgs: number }>`
    select
      (select count(*)::int from social_map_assets where municipality_id = ${m} and source = ${source}) as assets,
      (select count(*)::int from social_map_revisions r join social_map_assets s on s.id = r.asset_id
        where s.municipality_id = ${m} and s.source = ${source}) as revisions,
      (select count(*)::int from social_map_assets s join social_map_revisions r on r.id = s.current_revision_id
        where s.municipality_id = ${m} and s.source = ${source} and r.number = s.revision_count) as current,
      (select count(*)::int from audit_log where municipality_id = ${m} and action = 'social_map.import') as audits,
      (select count(*)::int from organisations where municipality_id = ${m} and name like 'Batchstichting%') as orgs
  `.execute(t.ctx.db);
  return r.rows[0];
}

describe('batched import writes', () => {
  it('writes more rows than one batch holds, each with its revision, under one audit entry', async () => {
    const before = await counts('csv:batches');
    const progress: number[] = [];
    const report = await importCsv(
      as(coordinator),
      { text: file('Eerste versie', 'Batchstichting Een'), name: 'batches' },
      mapping,
      { onProgress: (p) => p.phase === 'write' && progress.push(p.done) },
    );
    expect(report).toMatchObject({
      written: true,
      created: rows,
      invalid: [],
      newOrganisations: ['Batchstichting Een'],
    });
    expect(progress).toEqual([0, writeBatchSize, writeBatchSize * 2, rows]);
    expect(await counts('csv:batches')).toEqual({
      assets: rows,
      revisions: rows,
      current: rows,
      audits: (before?.audits ?? 0) + 1,
      orgs: (before?.orgs ?? 0) + 1,
    });

    // A changed file: every item gets a second revision, which becomes the current one.
    const changed = await importCsv(
      as(coordinator),
      { text: file('Tweede versie', 'Batchstichting Een'), name: 'batches' },
      mapping,
    );
    expect(changed).toMatchObject({ written: true, created: 0, updated: rows });
    expect(await counts('csv:batches')).toMatchObject({ assets: rows, revisions: rows * 2, current: rows });
    const item = await sql<{ summary: string; number: number }>`
      select s.summary, r.number from social_map_assets s join social_map_revisions r on r.id = s.current_revision_id
      where s.municipality_id = ${m} and s.source = 'csv:batches' and s.source_id = ${String(rows)}`.execute(
      t.ctx.db,
    );
    expect(item.rows).toEqual([{ summary: `Tweede versie ${rows}`, number: 2 }]);
  });

  it('rolls back every batch when a later batch fails: nothing half-written', async () => {
    const before = await counts('csv:failing');
    await expect(
      importCsv(
        as(coordinator),
        { text: file('Versie', 'Batchstichting Twee', 'Wijkproject'), name: 'failing' },
        mapping,
        {
          // The first batch is written when the second starts; fail there.
          onProgress: (p) => {
            if (p.phase === 'write' && p.done === writeBatchSize) throw new Error('disk full');
          },
        },
      ),
    ).rejects.toThrow('disk full');
    expect(await counts('csv:failing')).toEqual(before);
    expect(before).toMatchObject({ assets: 0, revisions: 0 });
  });
});
