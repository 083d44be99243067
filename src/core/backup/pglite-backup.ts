import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, pgliteExtensions } from '../db/database.ts';

// Backups of the embedded database: PGlite's own dump of its data directory (a tar.gz), and a
// restore that loads such a dump into a fresh directory before swapping it in, so a failed
// restore leaves the current database untouched.

export function pgliteDataDir(dataDir: string): string {
  return path.resolve(dataDir, 'pgdata');
}

export function holdsPgliteDatabase(dataDir: string): boolean {
  return existsSync(path.join(pgliteDataDir(dataDir), 'PG_VERSION'));
}

export class NoDatabaseError extends Error {}
export class DatabaseExistsError extends Error {}
export class DatabaseInUseError extends Error {}

// PGlite keeps a postmaster.pid in its data directory while open and removes it on close. Two
// instances on one directory would damage it, so backup and restore wait until Wijkwerk is stopped.
function refuseWhileInUse(dataDir: string): void {
  if (existsSync(path.join(pgliteDataDir(dataDir), 'postmaster.pid'))) {
    throw new DatabaseInUseError(
      `the database in ${pgliteDataDir(dataDir)} is in use (postmaster.pid exists): stop Wijkwerk first; if it is not running (after a crash), start and stop it once`,
    );
  }
}

export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (!holdsPgliteDatabase(dataDir)) {
    throw new NoDatabaseError(`there is no database in ${pgliteDataDir(dataDir)} to back up`);
  }
  refuseWhileInUse(dataDir);
  const database = await openDatabase({ dataDir });
  try {
    const pglite = database.pglite as PGlite;
    // Flush everything to the data files, so the dump needs no WAL replay.
    await pglite.query('checkpoint');
    const dump = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    writeAtomically(file, dump);
    return { bytes: dump.length };
  } finally {
    await database.close();
  }
}

export async function restorePglite(
  dataDir: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const target = pgliteDataDir(dataDir);
  if (holdsPgliteDatabase(dataDir) && !options.force) {
    throw new DatabaseExistsError(
      `${target} already holds a database: stop Wijkwerk and add --force to replace it`,
    );
  }
  if (existsSync(target)) refuseWhileInUse(dataDir);
  const dump = new Blob([readFileSync(file)]);
  const incoming = `${target}.restoring`;
  rmSync(incoming, { recursive: true, force: true });
  try {
    const pglite = new PGlite(incoming, { loadDataDir: dump, extensions: pgliteExtensions });
    await pglite.waitReady;
    // A dump of something else (another program's PGlite) would start fine but is no Wijkwerk database.
    await pglite.query('select name from schema_migrations limit 1');
    await pglite.close();
  } catch (error) {
    rmSync(incoming, { recursive: true, force: true });
    throw new Error(`${file} could not be restored: ${(error as Error).message}`);
  }
  const replaced = `${target}.replaced`;
  rmSync(replaced, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, replaced);
  renameSync(incoming, target);
  rmSync(replaced, { recursive: true, force: true });
}

/** Write to a temporary file and rename it, so a crash never leaves half a backup under the real name. */
export function writeAtomically(file: string, data: Buffer): void {
  const tmp = `${file}.partial`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
