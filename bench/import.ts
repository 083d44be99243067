import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCbsFeatureCollection } from '../src/core/areas/cbs-features.ts';
import { importAreas } from '../src/core/areas/import-areas.ts';
import { openDatabase } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { createMunicipality } from '../src/core/municipalities/create-municipality.ts';
import { listMunicipalities } from '../src/core/municipalities/municipalities.repository.ts';
import { systemActor } from '../src/core/permissions/actor.ts';
import { median, root } from './lib.ts';

// Import time of the largest CBS GeoJSON in ../shared/data into a fresh PGlite: from the file's
// text (JSON.parse included) to the committed transaction. Each run starts from a copy of one
// migrated database with the municipality, so initdb is not part of the figure.

export const sharedData = path.resolve(root, '../shared/data');

export function largestGeojson(dir = sharedData): string | undefined {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.geojson')) files.push(full);
    }
  };
  try {
    walk(dir);
  } catch {
    return undefined;
  }
  return files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

export async function benchImport(file: string, runs: number) {
  const text = readFileSync(file, 'utf8');
  const first = parseCbsFeatureCollection(JSON.parse(text)).records[0];
  if (!first) throw new Error(`${file} holds no importable area`);

  const seed = await openDatabase({});
  await migrate(seed);
  await createMunicipality(seed.db, {
    code: first.municipalityCode,
    name: first.municipalityName ?? first.municipalityCode,
    slug: 'bench',
    isDemo: false,
  });
  const template = await (seed.pglite as NonNullable<typeof seed.pglite>).dumpDataDir('none');
  await seed.close();

  const all: number[] = [];
  let areas = 0;
  for (let i = 0; i < runs; i++) {
    const database = await openDatabase({ loadDataDir: template });
    const [municipality] = await listMunicipalities(database.db);
    if (!municipality) throw new Error('the benchmark database lost its municipality');
    const ctx = { db: database.db, actor: systemActor(municipality.id, 'benchmark'), meta: {} };
    const started = performance.now();
    const report = await importAreas(ctx, JSON.parse(text));
    const ms = performance.now() - started;
    await database.close();
    areas = report.counts.created;
    all.push(ms);
    process.stderr.write(`  import ${i + 1}/${runs}: ${ms.toFixed(0)} ms (${areas} areas created)\n`);
  }
  return { file: path.relative(root, file), bytes: statSync(file).size, areas, median: median(all), all };
}
