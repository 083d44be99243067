import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { Config } from '../config/env.ts';
import { backupPglite, restorePglite } from './pglite-backup.ts';
import { backupServer, restoreServer } from './server-backup.ts';

// Back up and restore whichever database the configuration points at: the embedded PGlite in
// DATA_DIR (a tar.gz of its data directory) or a PostgreSQL server (pg_dump custom format).

export type BackupKind = 'pglite' | 'postgres';

export class BackupFileError extends Error {}

export async function backupDatabase(
  config: Config,
  file: string,
): Promise<{ kind: BackupKind; bytes: number }> {
  if (config.databaseUrl) return { kind: 'postgres', ...(await backupServer(config.databaseUrl, file)) };
  return { kind: 'pglite', ...(await backupPglite(config.dataDir, file)) };
}

export async function restoreDatabase(
  config: Config,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupKind> {
  const kind: BackupKind = config.databaseUrl ? 'postgres' : 'pglite';
  const found = backupKindOf(file);
  if (found !== kind) {
    const what =
      found === 'pglite'
        ? 'an embedded-database (PGlite) backup'
        : found === 'postgres'
          ? 'a PostgreSQL (pg_dump) backup'
          : 'not a Wijkwerk backup';
    const target =
      kind === 'postgres'
        ? 'DATABASE_URL points at a PostgreSQL server'
        : 'Wijkwerk uses the embedded database in DATA_DIR';
    throw new BackupFileError(`${file} is ${what}, but ${target}`);
  }
  if (config.databaseUrl) await restoreServer(config.databaseUrl, file, options);
  else await restorePglite(config.dataDir, file, options);
  return kind;
}

/** Tells the two backup formats apart by their first bytes: gzip (PGlite) or PGDMP (pg_dump). */
export function backupKindOf(file: string): BackupKind | 'unknown' {
  if (!existsSync(file)) throw new BackupFileError(`${file} does not exist`);
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  return 'unknown';
}
