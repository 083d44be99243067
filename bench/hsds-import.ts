import { importHsds } from '../src/modules/social-map/hsds/import-hsds.ts';
import { dutchItem, random } from './dutch-texts.ts';
import type { BenchDb } from './social-map-db.ts';

// HSDS import speed: a valid HSDS 3.0 JSON (a list of services with organisation, location
// with coordinates and address, schedule and our taxonomy terms) generated in memory, imported
// by importHsds as the CLI and the import page do, into a database with the demo.

const uuid = (prefix: string, i: number) => `${prefix}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** Buurt centroids of the demo municipality: the generated locations lie around them. */
async function centroids(b: BenchDb): Promise<Array<{ lat: number; lon: number }>> {
  const rows = await b.database.db
    .selectFrom('areas')
    .select(['centroid_lat', 'centroid_lon'])
    .where('municipality_id', '=', b.municipalityId)
    .where('kind', '=', 'buurt')
    .execute();
  return rows
    .filter((r) => r.centroid_lat !== null && r.centroid_lon !== null)
    .map((r) => ({ lat: r.centroid_lat as number, lon: r.centroid_lon as number }));
}

export function hsdsServices(n: number, points: Array<{ lat: number; lon: number }>, seed = 7) {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const item = dutchItem(i, seed);
    const rnd = random(i + 17);
    const p = points[i % points.length] as { lat: number; lon: number };
    const org = i % 250;
    out.push({
      id: uuid('5e5e5e5e', i),
      name: item.title,
      status: 'active',
      description: item.description,
      email: `info${org}@voorbeeld.example`,
      organization: { id: uuid('0a0a0a0a', org), name: `Stichting Buurtwerk ${org}` },
      service_at_locations: [
        {
          id: uuid('5a5a5a5a', i),
          location: {
            id: uuid('10c10c10', i),
            location_type: 'physical',
            // Within about 30 m of the centroid: inside its buurt.
            latitude: Math.round((p.lat + (rnd() - 0.5) * 0.0005) * 1e6) / 1e6,
            longitude: Math.round((p.lon + (rnd() - 0.5) * 0.0005) * 1e6) / 1e6,
            addresses: [
              {
                id: uuid('addadd00', i),
                address_1: `Dorpsstraat ${1 + (i % 200)}`,
                city: 'Voorbeeld',
                postal_code: `99${String(10 + (i % 90))} AB`,
                country: 'NL',
              },
            ],
          },
        },
      ],
      schedules: [
        {
          id: uuid('5c5c5c5c', i),
          freq: 'WEEKLY',
          byday: ['MO', 'TU', 'WE', 'TH', 'FR'][i % 5],
          dtstart: '2026-01-05',
          opens_at: `${String(9 + (i % 10)).padStart(2, '0')}:00`,
          closes_at: `${String(10 + (i % 10)).padStart(2, '0')}:30`,
        },
      ],
      attributes: [
        ...item.themes.map((code, k) => ({
          id: uuid(`a770000${k}`, i),
          taxonomy_term: { id: `t-${code}`, code, name: code, taxonomy: 'wijkwerk:theme' },
        })),
        ...item.targetGroups.map((code) => ({
          id: uuid('a7700009', i),
          taxonomy_term: { id: `g-${code}`, code, name: code, taxonomy: 'wijkwerk:target_group' },
        })),
      ],
    });
  }
  return out;
}

export async function hsdsFor(b: BenchDb, n: number) {
  return hsdsServices(n, await centroids(b));
}

/** One import of n generated services into b; returns the figures of that run. */
export async function benchHsdsImport(b: BenchDb, json: unknown[]) {
  const started = performance.now();
  const report = await importHsds(b.ctx, { json });
  const ms = performance.now() - started;
  if (!report.written)
    throw new Error(`the import wrote nothing: ${JSON.stringify(report.invalid.slice(0, 3))}`);
  return {
    records: json.length,
    ms,
    perSecond: (json.length / ms) * 1000,
    created: report.created,
    skipped: report.skipped.length,
    duplicates: report.duplicates.length,
  };
}
