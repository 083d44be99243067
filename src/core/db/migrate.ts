import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

// Forward-only migrations: plain SQL files in /migrations, applied in name order, each once,
// each in its own transaction. They never import application code.

export const migrationsDir = fileURLToPath(new URL('../../../migrations/', import.meta.url));

export interface MigrationFile {
  name: string;
  sql: string;
}

export function readMigrations(dir = migrationsDir): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

export async function appliedMigrations(database: Database): Promise<string[]> {
  await database.execScript(
    'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
  );
  const rows = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(
    database.db,
  );
  return rows.rows.map((r) => r.name);
}

export async function migrate(
  database: Database,
  onProgress: (name: string) => void = () => {},
): Promise<string[]> {
  const done = new Set(await appliedMigrations(database));
  const applied: string[] = [];
  for (const m of readMigrations()) {
    if (done.has(m.name)) continue;
    onProgress(m.name);
    const name = m.name.replaceAll("'", "''");
    await database.execScript(`${m.sql}\n;insert into schema_migrations (name) values ('${name}');`);
    applied.push(m.name);
  }
  return applied;
}
