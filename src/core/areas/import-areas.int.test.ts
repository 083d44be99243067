import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, requireOrSkip, type TestApp } from '../../../test/test-app.ts';
import type { ServiceContext } from '../audit/write.ts';
import { createMunicipality } from '../municipalities/create-municipality.ts';
import { systemActor } from '../permissions/actor.ts';
import { ForbiddenError } from '../permissions/can.ts';
import { findAreaRowByCode, listAreaRows } from './areas.repository.ts';
import { containsPoint } from './geo.ts';
import { InvalidAreaFileError, importAreas } from './import-areas.ts';

const baarnFile = path.resolve(process.cwd(), '../shared/data/cbs-baarn-2024/baarn_buurten.geojson');
const skipBaarn = requireOrSkip(existsSync(baarnFile) ? null : `the CBS Baarn file ${baarnFile}`);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'empty' });
});
afterAll(() => t.close());

async function tenant(code: string, name: string): Promise<ServiceContext> {
  const m = await createMunicipality(t.ctx.db, { code, name, slug: name.toLowerCase(), isDemo: false });
  return { db: t.ctx.db, actor: systemActor(m.id, 'import test'), meta: {} };
}

async function auditCount(ctx: ServiceContext): Promise<number> {
  const r = await t.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', ctx.actor.municipalityId)
    .where('action', '=', 'area.import')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function snapshot(ctx: ServiceContext) {
  const rows = await listAreaRows(t.ctx.db, ctx.actor.municipalityId);
  return rows.map((r) => ({ ...r, updated_at: new Date(r.updated_at).toISOString() }));
}

// A square in WGS84 around (lon, lat), `size` degrees wide.
function square(lon: number, lat: number, size = 0.01) {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  };
}

function buurt(code: string, name: string, geometry: unknown, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    properties: {
      buurtcode: code,
      buurtnaam: name,
      wijkcode: `WK${code.slice(2, 8)}`,
      gemeentecode: `GM${code.slice(2, 6)}`,
      ...extra,
    },
    geometry,
  };
}

describe.skipIf(skipBaarn)('importAreas on the real CBS file of Baarn', () => {
  let ctx: ServiceContext;
  let baarn: unknown;
  beforeAll(async () => {
    ctx = await tenant('GM0308', 'Baarn');
    baarn = JSON.parse(readFileSync(baarnFile, 'utf8'));
  });

  it('creates 21 buurten, 5 derived wijken and the gemeente, with one audit entry', async () => {
    const progress: number[] = [];
    const report = await importAreas(ctx, baarn, { onProgress: (done) => progress.push(done) });
    expect(report.counts).toEqual({ created: 27, updated: 0, unchanged: 0, skipped: 0 });
    expect(report.crs).toBe('EPSG:4326');
    const kinds = (kind: string) => report.areas.filter((a) => a.kind === kind);
    expect(kinds('buurt')).toHaveLength(21);
    expect(kinds('wijk').map((a) => a.code)).toEqual([
      'WK030800',
      'WK030801',
      'WK030802',
      'WK030804',
      'WK030805',
    ]);
    expect(kinds('wijk').every((a) => a.derived && a.name === `Wijk ${a.code}`)).toBe(true);
    expect(kinds('gemeente')).toMatchObject([{ code: 'GM0308', name: 'Baarn', derived: true }]);
    expect(progress.at(-1)).toBe(27);
    expect(await auditCount(ctx)).toBe(1);

    const centrum = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'BU03080000');
    expect(centrum).toMatchObject({
      name: 'Centrum',
      kind: 'buurt',
      path: 'GM0308/WK030800/BU03080000',
      depth: 2,
    });
    expect(centrum?.attributes).toMatchObject({ aantal_inwoners: 1825, geboorte_totaal: null });
  });

  it('gives each wijk the union of its buurten as boundary, so locating a point finds buurt and wijk', async () => {
    const res = await t.request('/api/v1/areas/BU03080101');
    expect(res.status).toBe(200);
    const area = await res.json();
    const located = await (
      await t.request(`/api/v1/areas/locate?lat=${area.centroid.lat}&lon=${area.centroid.lon}`)
    ).json();
    expect(located.buurt.code).toBe('BU03080101');
    expect(located.wijk.code).toBe('WK030801');
    expect(located.gemeente.code).toBe('GM0308');
    const wijk = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'WK030801');
    const gemeente = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'GM0308');
    expect(wijk?.boundary && containsPoint(wijk.boundary, area.centroid.lon, area.centroid.lat)).toBe(true);
    expect(gemeente?.boundary && containsPoint(gemeente.boundary, area.centroid.lon, area.centroid.lat)).toBe(
      true,
    );
  });

  it('is idempotent: a second run reports everything unchanged and writes nothing', async () => {
    const before = await snapshot(ctx);
    const report = await importAreas(ctx, baarn);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 27, skipped: 0 });
    expect(await snapshot(ctx)).toEqual(before);
    expect(await auditCount(ctx)).toBe(1);
  });

  it('a dry run reports a change without writing it', async () => {
    const changed = structuredClone(baarn) as { features: { properties: Record<string, unknown> }[] };
    const first = changed.features[0];
    if (!first) throw new Error('empty file');
    first.properties.buurtnaam = 'Centrum (nieuw)';
    const before = await snapshot(ctx);
    const report = await importAreas(ctx, changed, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.counts).toMatchObject({ created: 0, updated: 1, unchanged: 26 });
    expect(report.areas.find((a) => a.outcome === 'updated')).toMatchObject({
      code: 'BU03080000',
      changes: ['name'],
    });
    expect(await snapshot(ctx)).toEqual(before);
    expect(await auditCount(ctx)).toBe(1);
  });

  it('recomputes the wijk and gemeente boundaries when a buurt changes shape', async () => {
    const changed = structuredClone(baarn) as {
      features: { properties: Record<string, unknown>; geometry: unknown }[];
    };
    const index = changed.features.findIndex((f) => f.properties.buurtcode === 'BU03080200');
    const target = changed.features[index];
    if (!target) throw new Error('BU03080200 missing');
    // Shrink the buurt to a small square inside its old centroid's neighbourhood.
    const row = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'BU03080200');
    target.geometry = square(row?.centroid_lon ?? 5.28, row?.centroid_lat ?? 52.2, 0.001);
    const wijkBefore = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'WK030802');
    const report = await importAreas(ctx, changed);
    const updated = report.areas.filter((a) => a.outcome === 'updated').map((a) => a.code);
    expect(updated).toEqual(['GM0308', 'WK030802', 'BU03080200']);
    const wijkAfter = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'WK030802');
    expect(wijkAfter?.boundary).not.toEqual(wijkBefore?.boundary);
    expect(await auditCount(ctx)).toBe(2);
    // Back to the real file: the same three change back, the rest stays.
    const back = await importAreas(ctx, baarn);
    expect(back.counts).toMatchObject({ created: 0, updated: 3, unchanged: 24 });
    expect(await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'WK030802')).toMatchObject({
      boundary: wijkBefore?.boundary,
    });
  });

  it('skips features of another municipality', async () => {
    const other = await tenant('GM0307', 'Amersfoort');
    const report = await importAreas(other, baarn);
    expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 21 });
    expect(report.skipped[0]).toEqual({
      index: 0,
      code: 'BU03080000',
      reason: 'belongs to municipality GM0308, not to GM0307 (Amersfoort)',
    });
    expect(await listAreaRows(t.ctx.db, other.actor.municipalityId)).toEqual([]);
  });
});

describe('importAreas on synthetic files', () => {
  it('imports the good features and reports the bad ones with reasons', async () => {
    const ctx = await tenant('GM9001', 'Synthetisch');
    const report = await importAreas(ctx, {
      type: 'FeatureCollection',
      features: [
        buurt('BU90010101', 'Goed', square(5.1, 52.1)),
        buurt('BU90010102', 'Ook goed', square(5.11, 52.1), { wijknaam: 'Noord' }),
        {
          type: 'Feature',
          properties: { buurtnaam: 'Zonder code', wijkcode: 'WK900101' },
          geometry: square(5.2, 52.1),
        },
        buurt('BU90010103', 'Open ring', {
          type: 'Polygon',
          coordinates: [
            [
              [5.3, 52.1],
              [5.31, 52.1],
              [5.31, 52.11],
              [5.3, 52.11],
            ],
          ],
        }),
        buurt('BU90010104', 'Punt', { type: 'Point', coordinates: [5.4, 52.1] }),
        buurt('BU90010101', 'Dubbel', square(5.1, 52.1)),
        buurt('BU90070101', 'Andere gemeente', square(5.5, 52.1)),
        'not a feature',
      ],
    });
    expect(report.counts).toEqual({ created: 4, updated: 0, unchanged: 0, skipped: 6 });
    expect(report.areas.map((a) => `${a.code} ${a.name}`)).toEqual([
      'GM9001 Synthetisch',
      'WK900101 Noord',
      'BU90010101 Goed',
      'BU90010102 Ook goed',
    ]);
    expect(report.skipped.map((s) => [s.index, s.code])).toEqual([
      [2, 'WK900101'],
      [3, 'BU90010103'],
      [4, 'BU90010104'],
      [5, 'BU90010101'],
      [6, 'BU90070101'],
      [7, null],
    ]);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'missing buurtcode',
      expect.stringContaining('not closed'),
      expect.stringContaining('not a polygon'),
      'duplicate code BU90010101',
      'belongs to municipality GM9007, not to GM9001 (Synthetisch)',
      'not a GeoJSON Feature',
    ]);
    const wijk = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'WK900101');
    expect(wijk).toMatchObject({ kind: 'wijk', source: 'cbs-derived', path: 'GM9001/WK900101', depth: 1 });
    // Two touching squares make one rectangle.
    expect(wijk?.bbox_west).toBeCloseTo(5.1, 6);
    expect(wijk?.bbox_east).toBeCloseTo(5.12, 6);
  });

  it('reprojects an RD New (EPSG:28992) file to WGS84', async () => {
    const ctx = await tenant('GM9002', 'Rijksdriehoek');
    // 500 m squares next to the Onze Lieve Vrouwetoren in Amersfoort, the origin of RD New.
    const rd = (x: number, y: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 500, y],
          [x + 500, y + 500],
          [x, y + 500],
          [x, y],
        ],
      ],
    });
    const report = await importAreas(ctx, {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
      features: [
        buurt('BU90020101', 'Toren', rd(155000, 463000)),
        buurt('BU90020102', 'Oost', rd(155500, 463000)),
      ],
    });
    expect(report.crs).toBe('EPSG:28992');
    expect(report.counts.created).toBe(4);
    const toren = await findAreaRowByCode(t.ctx.db, ctx.actor.municipalityId, 'BU90020101');
    const [lon, lat] =
      (toren?.boundary as { coordinates: number[][][] } | undefined)?.coordinates[0]?.[0] ?? [];
    expect(lon).toBeCloseTo(5.38721, 3);
    expect(lat).toBeCloseTo(52.15517, 3);
  });

  it('refuses a file that is not a FeatureCollection, and actors who are not administrators', async () => {
    const ctx = await tenant('GM9003', 'Weigering');
    await expect(importAreas(ctx, { type: 'Feature' })).rejects.toBeInstanceOf(InvalidAreaFileError);
    const officer = {
      ...ctx,
      actor: {
        ...ctx.actor,
        personId: null,
        grants: [{ role: 'area_officer' as const, areaPath: 'GM9003' }],
      },
    };
    await expect(importAreas(officer, { type: 'FeatureCollection', features: [] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
