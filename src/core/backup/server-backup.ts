import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DatabaseExistsError } from './pglite-backup.ts';

// Backups of a PostgreSQL server database with the standard client tools: pg_dump in its custom
// format, pg_restore with --clean. The password goes through the environment, not the command line,
// so it does not show up in the process list.

export class MissingToolError extends Error {}

/** pg_dump / pg_restore from PATH, else the newest Debian install under /usr/lib/postgresql. */
export function findPgTool(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => path.join(debian, v, 'bin')));
  }
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  throw new MissingToolError(
    `${name} was not found on PATH or in /usr/lib/postgresql/*/bin: install the PostgreSQL client tools (Debian: apt install postgresql-client)`,
  );
}

/** The URL without its password, and the environment that carries the password instead. */
function connection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) {
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
  }
  return { url: url.toString(), env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${path.basename(tool)} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

export async function backupServer(databaseUrl: string, file: string): Promise<{ bytes: number }> {
  const tool = findPgTool('pg_dump');
  const { url, env } = connection(databaseUrl);
  const tmp = `${file}.partial`;
  try {
    await run(
      tool,
      ['--format=custom', '--no-owner', '--no-privileges', `--file=${tmp}`, `--dbname=${url}`],
      env,
    );
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  renameSync(tmp, file);
  return { bytes: statSync(file).size };
}

async function holdsWijkwerkTables(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const r = await client.query("select to_regclass('public.schema_migrations') is not null as present");
    return r.rows[0]?.present === true;
  } finally {
    await client.end();
  }
}

export async function restoreServer(
  databaseUrl: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const tool = findPgTool('pg_restore');
  if (!options.force && (await holdsWijkwerkTables(databaseUrl))) {
    throw new DatabaseExistsError(
      'the database of DATABASE_URL already holds Wijkwerk data: stop Wijkwerk and add --force to replace it',
    );
  }
  const { url, env } = connection(databaseUrl);
  // One transaction: a restore that fails half-way leaves the database as it was.
  await run(
    tool,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${url}`,
      file,
    ],
    env,
  );
}
