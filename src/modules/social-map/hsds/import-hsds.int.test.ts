import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { ForbiddenError } from '../../../core/permissions/can.ts';
import { hasAssets } from '../assets.repository.ts';
import { loadSocialMapDemo } from '../demo/load-social-map-demo.ts';
import { smDb } from '../social-map.tables.ts';
import { demoActor, voorbeeldId } from '../testing.ts';
import { hsdsDataOrSkip } from './hsds-test-data.ts';
import { importHsds } from './import-hsds.ts';

let t: TestApp;
let m: string;
let coordinator: Actor;
let resident: Actor;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  if (!(await hasAssets(smDb(t.ctx.db), m))) await loadSocialMapDemo(t.ctx.db);
  coordinator = await demoActor(t.ctx.db, m, 'coordinator@voorbeeld.example');
  resident = await demoActor(t.ctx.db, m, 'bewoner@voorbeeld.example');
});
afterAll(() => t.close());

const as = (actor: Actor) => ({ db: t.ctx.db, actor, meta: {} });
const assetCount = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('social_map_assets' as never)
        .select((eb) => eb.fn.countAll().as('n'))
        .where('municipality_id' as never, '=', m as never)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A Dutch service in HSDS 3.0 with a place in Gemeente Voorbeeld. */
function dutchService(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    status: 'active',
    description: 'Hulp bij formulieren. Elke week.',
    email: 'hulp@voorbeeld.example',
    organization: { id: 'b0b0b0b0-0000-4000-8000-000000000001', name: 'Stichting Formulierenhulp' },
    schedules: [
      {
        id: `${id}-s`,
        freq: 'WEEKLY',
        byday: 'WE',
        dtstart: '2026-01-07',
        opens_at: '13:00',
        closes_at: '15:00',
      },
    ],
    ...extra,
  };
}

describe('HSDS import', () => {
  it('imports the official JSON example: dry run, real run, then idempotent re-run', async () => {
    const dir = hsdsDataOrSkip();
    if (!dir) return;
    const json = JSON.parse(readFileSync(join(dir, 'examples/service_full.json'), 'utf8'));
    const before = await assetCount();
    const progress: number[] = [];
    const dry = await importHsds(
      as(coordinator),
      { json },
      { dryRun: true, onProgress: (p) => progress.push(p.done) },
    );
    expect(dry).toMatchObject({ dryRun: true, written: false, created: 1, updated: 0, invalid: [] });
    expect(dry.newOrganisations).toEqual(['Example Organization Inc.']);
    expect(progress.at(-1)).toBe(1);
    expect(await assetCount()).toBe(before);

    const real = await importHsds(as(coordinator), { json });
    expect(real).toMatchObject({ written: true, created: 1, updated: 0 });
    expect(await assetCount()).toBe(before + 1);

    const again = await importHsds(as(coordinator), { json });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await assetCount()).toBe(before + 1);

    // A changed record updates the item it made before.
    const changed = await importHsds(as(coordinator), {
      json: { ...json, name: 'Community Counselling Plus' },
    });
    expect(changed).toMatchObject({ created: 0, updated: 1 });
  });

  it('imports the official tabular CSV package as the same service', async () => {
    const dir = hsdsDataOrSkip();
    if (!dir) return;
    // Same service id as the JSON example (imported above): the package updates or leaves it.
    const report = await importHsds(as(coordinator), { path: join(dir, 'examples/csv') }, { dryRun: true });
    expect(report.invalid).toEqual([]);
    expect(report.created).toBe(0);
    expect(report.updated + report.unchanged).toBe(1);
  });

  it('maps a Dutch service with address, schedule and organisation', async () => {
    const id = 'c1c1c1c1-0000-4000-8000-000000000001';
    const before = await assetCount();
    const json = [
      dutchService(id, 'Formulierenhulp op woensdag', {
        service_at_locations: [
          {
            id: 'c1c1c1c1-0000-4000-8000-000000000002',
            location: {
              id: 'c1c1c1c1-0000-4000-8000-000000000003',
              location_type: 'physical',
              addresses: [
                {
                  id: 'a1',
                  address_1: 'Marktstraat 12',
                  city: 'Voorbeeld',
                  postal_code: '9999AB',
                  country: 'NL',
                },
              ],
            },
          },
        ],
      }),
    ];
    const report = await importHsds(as(coordinator), { json });
    expect(report).toMatchObject({ created: 1, written: true });
    expect(await assetCount()).toBe(before + 1);
    const row = await t.ctx.db
      .selectFrom('social_map_assets' as never)
      .selectAll()
      .where('title' as never, '=', 'Formulierenhulp op woensdag' as never)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: 'offering',
      street: 'Marktstraat 12',
      postal_code: '9999 AB',
      status: 'published',
      source: 'hsds',
      source_id: id,
    });
    expect((row as { schedules: unknown }).schedules).toEqual([
      { start: '2026-01-07T13:00', durationMinutes: 120, rrule: 'FREQ=WEEKLY;BYDAY=WE' },
    ]);
  });

  it('reports records with missing required fields and writes nothing', async () => {
    const before = await assetCount();
    const report = await importHsds(as(coordinator), {
      json: [
        dutchService('d1d1d1d1-0000-4000-8000-000000000001', 'Goede dienst'),
        { id: 'd1d1d1d1-0000-4000-8000-000000000002', status: 'active' },
        { name: 'Zonder id', status: 'active' },
      ],
    });
    expect(report.written).toBe(false);
    expect(report.invalid).toEqual([
      { ref: 'd1d1d1d1-0000-4000-8000-000000000002', reason: 'name: required' },
      { ref: 'services[2]', reason: 'id: required' },
    ]);
    expect(await assetCount()).toBe(before);
  });

  it('reports a CSV package whose services lack required columns', async () => {
    const report = await importHsds(as(coordinator), {
      csv: { 'services.csv': 'id,title\ne1e1e1e1-0000-4000-8000-000000000001,Iets\n' },
    });
    expect(report.written).toBe(false);
    expect(report.invalid[0]?.reason).toContain('name: required');
    expect(report.invalid[0]?.reason).toContain('status');
  });

  it('flags a service that looks like an existing demo item and skips it unless told otherwise', async () => {
    const json = [{ id: 'f1f1f1f1-0000-4000-8000-000000000001', name: 'Taalcafé Centrum', status: 'active' }];
    const report = await importHsds(as(coordinator), { json }, { dryRun: true });
    expect(report.created).toBe(0);
    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0]).toMatchObject({ existingTitle: 'Taalcafé Centrum', similarity: 1 });
    expect(report.skipped[0]?.reason).toContain('possible duplicate of "Taalcafé Centrum"');
    const anyway = await importHsds(as(coordinator), { json }, { dryRun: true, mergeDuplicates: 'create' });
    expect(anyway.created).toBe(1);
  });

  it('merges a possible duplicate into the existing item, which later imports of the source update', async () => {
    const db = smDb(t.ctx.db);
    const existing = await db
      .selectFrom('social_map_assets')
      .select(['id', 'themes', 'revision_count'])
      .where('municipality_id', '=', m)
      .where('title', '=', 'Taalcafé Centrum')
      .executeTakeFirstOrThrow();
    const before = await assetCount();
    const record = {
      id: 'f2f2f2f2-0000-4000-8000-000000000001',
      name: 'Taalcafé Centrum',
      status: 'active',
      description: 'Nederlands oefenen in een kleine groep, met vrijwilligers van de bibliotheek.',
    };
    const dry = await importHsds(
      as(coordinator),
      { json: [record] },
      { dryRun: true, mergeDuplicates: 'merge' },
    );
    expect(dry).toMatchObject({ written: false, created: 0, merged: 1 });
    const report = await importHsds(as(coordinator), { json: [record] }, { mergeDuplicates: 'merge' });
    expect(report).toMatchObject({ written: true, created: 0, merged: 1, updated: 0 });
    expect(await assetCount()).toBe(before);
    const after = await db
      .selectFrom('social_map_assets')
      .select(['description', 'themes', 'revision_count', 'status'])
      .where('id', '=', existing.id)
      .executeTakeFirstOrThrow();
    expect(after.description).toBe(record.description);
    // What the file does not say stays as it was.
    expect(existing.themes.length).toBeGreaterThan(0);
    expect(after.themes).toEqual(existing.themes);
    expect(after.revision_count).toBe(existing.revision_count + 1);
    // The item now belongs to the source: the same file again changes nothing, no duplicate.
    const again = await importHsds(as(coordinator), { json: [record] });
    expect(again).toMatchObject({ created: 0, merged: 0, unchanged: 1, duplicates: [] });
  });

  it('is not for residents', async () => {
    await expect(importHsds(as(resident), { json: [] }, { dryRun: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
