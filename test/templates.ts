import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { loadDemo } from '../src/core/demo/load-demo.ts';
import { loadInitiativesDemo } from '../src/modules/initiatives/demo/load-initiatives-demo.ts';
import { loadPlanDemo } from '../src/modules/plan/demo/load-plan-demo.ts';
import { loadSocialMapDemo } from '../src/modules/social-map/demo/load-social-map-demo.ts';

// Test databases are copies of migrated templates, built once per run:
// - PGlite: a dumped data directory, loaded into a fresh in-memory PGlite per test file;
// - PostgreSQL (TEST_DATABASE_URL): template databases, copied with CREATE DATABASE … TEMPLATE.

// 'demo' is the core demo (Gemeente Voorbeeld); 'full' adds every module's demo content.
export type TemplateName = 'empty' | 'demo' | 'full';
export const templateDir = path.resolve(
  import.meta.dirname,
  '..',
  process.env.WIJKWERK_TEST_CACHE ?? 'node_modules/.cache/wijkwerk-test',
);

export function pgliteTemplateFile(name: TemplateName): string {
  return path.join(templateDir, `${name}.tar.gz`);
}

export function serverTemplateName(name: TemplateName): string {
  return `wijkwerk_template_${name}`;
}

export async function buildPgliteTemplates(): Promise<void> {
  mkdirSync(templateDir, { recursive: true });
  const database = await openDatabase({});
  await migrate(database);
  const pglite = database.pglite;
  if (!pglite) throw new Error('the template must be built on PGlite');
  writeFileSync(
    pgliteTemplateFile('empty'),
    Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
  );
  await loadDemo(database.db);
  await pglite.query('checkpoint');
  writeFileSync(
    pgliteTemplateFile('demo'),
    Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
  );
  await loadSocialMapDemo(database.db);
  await loadPlanDemo(database.db);
  await loadInitiativesDemo(database.db);
  await pglite.query('checkpoint');
  writeFileSync(
    pgliteTemplateFile('full'),
    Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
  );
  await database.close();
}

export function loadPgliteTemplate(name: TemplateName): Blob {
  const file = pgliteTemplateFile(name);
  if (!existsSync(file))
    throw new Error(`test template ${file} is missing: run the tests through vitest (global setup)`);
  return new Blob([readFileSync(file)]);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function buildServerTemplates(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const name of ['empty', 'demo', 'full'] as const) {
      const db = serverTemplateName(name);
      await admin.query(`drop database if exists ${db}`);
      await admin.query(`create database ${db}`);
      const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, db) });
      await migrate(database);
      if (name !== 'empty') await loadDemo(database.db);
      if (name === 'full') await loadSocialMapDemo(database.db);
      if (name === 'full') await loadPlanDemo(database.db);
      if (name === 'full') await loadInitiativesDemo(database.db);
      await database.close();
    }
  } finally {
    await admin.end();
  }
}

/** A fresh database copied from a template on the server; returns its URL and a drop function. */
export async function copyServerTemplate(serverUrl: string, name: TemplateName) {
  const db = `wijkwerk_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${db} template ${serverTemplateName(name)}`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, db),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      // The app's pool has ended, but its backends may still be on their way out: give them a
      // moment, so `with (force)` only ever ends strays.
      for (let i = 0; i < 50; i++) {
        const left = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
          db,
        ]);
        if (left.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`drop database if exists ${db} with (force)`);
      await c.end();
    },
  };
}
