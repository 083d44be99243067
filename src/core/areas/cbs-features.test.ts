import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gemeenteCodeOf, parseCbsFeatureCollection, wijkCodeOfBuurt } from './cbs-features.ts';
import { centroidOf, containsPoint, unionOf } from './geo.ts';

const file = path.resolve(process.cwd(), '../shared/data/cbs-baarn-2024/baarn_buurten.geojson');
const missing = !existsSync(file);
if (missing && (process.env.CI || process.env.WIJKWERK_REQUIRE_ALL)) {
  throw new Error(`CBS test data missing: ${file} (required because CI or WIJKWERK_REQUIRE_ALL is set)`);
}
if (missing)
  console.warn(`Skipping CBS Baarn tests: ${file} not found (CBS wijk- en buurtkaart 2024, Baarn buurten)`);

function square(west: number, south: number, size: number): number[][][] {
  return [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ];
}

function buurt(properties: Record<string, unknown>, coordinates = square(5.28, 52.2, 0.01)): unknown {
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } };
}

const centrum = {
  buurtcode: 'BU03080000',
  buurtnaam: 'Centrum',
  wijkcode: 'WK030800',
  gemeentecode: 'GM0308',
};

describe.skipIf(missing)('CBS wijk- en buurtkaart 2024, Baarn buurten (real file)', () => {
  const result = missing ? null : parseCbsFeatureCollection(JSON.parse(readFileSync(file, 'utf8')));
  const records = result?.records ?? [];

  it('parses all 21 buurten without skips', () => {
    expect(result?.crs).toBe('EPSG:4326');
    expect(result?.skipped).toEqual([]);
    expect(records).toHaveLength(21);
    expect(records.every((r) => r.kind === 'buurt' && /^BU0308\d{4}$/.test(r.code))).toBe(true);
  });

  it('links buurten to the five wijken that exist (there is no WK030803)', () => {
    const wijken = [...new Set(records.map((r) => r.parentCode))].sort();
    expect(wijken).toEqual(['WK030800', 'WK030801', 'WK030802', 'WK030804', 'WK030805']);
    expect(records.every((r) => r.parentCode === wijkCodeOfBuurt(r.code))).toBe(true);
  });

  it('puts every buurt in gemeente Baarn (GM0308)', () => {
    expect(records.every((r) => r.municipalityCode === 'GM0308' && r.municipalityName === 'Baarn')).toBe(
      true,
    );
    const centrumRecord = records.find((r) => r.code === 'BU03080000');
    expect(centrumRecord?.name).toBe('Centrum');
    expect(centrumRecord?.attributes).not.toHaveProperty('buurtcode');
  });

  it('turns CBS missing markers (-99995, -99997) into null, never numbers', () => {
    const values = records.flatMap((r) => Object.values(r.attributes));
    expect(values.some((v) => typeof v === 'number' && v <= -99995)).toBe(false);
    const centrumAttributes = records.find((r) => r.code === 'BU03080000')?.attributes;
    // Suppressed for privacy in this edition, next to a published figure.
    expect(centrumAttributes?.geboorte_totaal).toBeNull();
    expect(centrumAttributes?.aantal_inwoners).toBe(1825);
    expect(centrumAttributes?.meest_voorkomende_postcode).toBe('3743');
  });

  it('has polygons that contain their own centroid', () => {
    for (const record of records) {
      const { lon, lat } = centroidOf(record.geometry);
      expect(containsPoint(record.geometry, lon, lat), record.code).toBe(true);
    }
  });

  it('unions each wijk into one polygon containing its buurten', () => {
    for (const wijk of new Set(records.map((r) => r.parentCode))) {
      const buurten = records.filter((r) => r.parentCode === wijk);
      const boundary = unionOf(buurten.map((r) => r.geometry));
      expect(boundary.type, `${wijk}`).toBe('Polygon');
      for (const b of buurten) {
        const { lon, lat } = centroidOf(b.geometry);
        expect(containsPoint(boundary, lon, lat), b.code).toBe(true);
      }
    }
  });
});

describe('parseCbsFeatureCollection with synthetic input', () => {
  it('reprojects an RD New collection to WGS84', () => {
    const result = parseCbsFeatureCollection({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
      features: [buurt({ ...centrum }, square(155000, 463000, 100))],
    });
    expect(result.crs).toBe('EPSG:28992');
    const [lon = 0, lat = 0] = result.records[0]?.geometry.coordinates[0]?.[0] ?? [];
    expect(lon).toBeCloseTo(5.38721, 4);
    expect(lat).toBeCloseTo(52.15517, 4);
  });

  it('reads the older uppercase property names and derives missing parent codes', () => {
    const result = parseCbsFeatureCollection({
      type: 'FeatureCollection',
      features: [
        buurt({ BU_CODE: 'BU03080001', BU_NAAM: '  Schoonoordpark ', GM_NAAM: 'Baarn', AANT_INW: 3140 }),
      ],
    });
    expect(result.records[0]).toMatchObject({
      code: 'BU03080001',
      name: 'Schoonoordpark',
      kind: 'buurt',
      parentCode: 'WK030800',
      municipalityCode: 'GM0308',
      municipalityName: 'Baarn',
      attributes: { AANT_INW: 3140 },
    });
  });

  it('maps every CBS missing marker to null', () => {
    const markers = { a: -99995, b: -99997, c: -99998, d: -99999, e: 0, f: -5 };
    const result = parseCbsFeatureCollection({
      type: 'FeatureCollection',
      features: [buurt({ ...centrum, ...markers })],
    });
    expect(result.records[0]?.attributes).toMatchObject({ a: null, b: null, c: null, d: null, e: 0, f: -5 });
  });

  it('decides the kind from the codes present', () => {
    const parse = (properties: Record<string, unknown>) =>
      parseCbsFeatureCollection({ type: 'FeatureCollection', features: [buurt(properties)] }).records[0];
    expect(parse({ wijkcode: 'WK030801', wijknaam: 'Wijk 01', gemeentecode: 'GM0308' })).toMatchObject({
      kind: 'wijk',
      parentCode: 'GM0308',
      municipalityCode: 'GM0308',
    });
    expect(parse({ gemeentecode: 'GM0308', gemeentenaam: 'Baarn' })).toMatchObject({
      kind: 'gemeente',
      parentCode: null,
      municipalityName: 'Baarn',
    });
  });

  it('reports bad features as skipped with a reason instead of throwing', () => {
    const result = parseCbsFeatureCollection({
      type: 'FeatureCollection',
      features: [
        buurt({ ...centrum }),
        // A buurt row without buurtcode must not slip through as wijk WK030800.
        buurt({ buurtnaam: 'Zonder code', wijkcode: 'WK030800', gemeentecode: 'GM0308' }),
        {
          type: 'Feature',
          properties: { ...centrum, buurtcode: 'BU03080002' },
          geometry: { type: 'Point', coordinates: [5.28, 52.2] },
        },
        buurt({ ...centrum, buurtcode: 'WK03080003' }),
        buurt({ ...centrum, buurtcode: 'BU03080004', wijkcode: 'WK030801' }),
        buurt({ ...centrum, buurtcode: 'BU03080005' }, [
          [
            [5.28, 52.2],
            [5.29, 52.2],
            [5.29, 52.21],
            [5.3, 52.3],
          ],
        ]),
        buurt({ ...centrum }),
        'not a feature',
      ],
    });
    expect(result.records.map((r) => r.code)).toEqual(['BU03080000']);
    expect(result.skipped).toEqual([
      { ok: false, index: 1, code: 'WK030800', reason: 'missing buurtcode' },
      { ok: false, index: 2, code: 'BU03080002', reason: 'geometry is not a polygon (got Point)' },
      {
        ok: false,
        index: 3,
        code: 'WK03080003',
        reason: 'code WK03080003 does not start with the expected prefix BU',
      },
      { ok: false, index: 4, code: 'BU03080004', reason: 'wijkcode WK030801 does not match code BU03080004' },
      { ok: false, index: 5, code: 'BU03080005', reason: 'ring not closed (first and last position differ)' },
      { ok: false, index: 6, code: 'BU03080000', reason: 'duplicate code BU03080000' },
      { ok: false, index: 7, reason: 'not a GeoJSON Feature' },
    ]);
  });

  it('throws only when the input is not a FeatureCollection', () => {
    expect(() => parseCbsFeatureCollection({ type: 'Feature' })).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => parseCbsFeatureCollection(null)).toThrow(/not a GeoJSON FeatureCollection/);
  });
});

describe('code helpers', () => {
  it('derives wijk and gemeente codes from a buurtcode', () => {
    expect(wijkCodeOfBuurt('BU03080001')).toBe('WK030800');
    expect(gemeenteCodeOf('BU03080001')).toBe('GM0308');
    expect(gemeenteCodeOf('WK030800')).toBe('GM0308');
    expect(gemeenteCodeOf('GM0308')).toBe('GM0308');
  });

  it('rejects malformed codes', () => {
    expect(() => wijkCodeOfBuurt('WK030800')).toThrow(/invalid CBS area code/);
    expect(() => gemeenteCodeOf('0308')).toThrow(/invalid CBS area code/);
  });
});
