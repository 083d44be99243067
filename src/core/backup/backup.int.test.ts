import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { copyServerTemplate, loadPgliteTemplate } from '../../../test/templates.ts';
import { type Config, parseConfig } from '../config/env.ts';
import { type DatabaseOptions, openDatabase, pgliteExtensions } from '../db/database.ts';
import { createMunicipality } from '../municipalities/create-municipality.ts';
import { listMunicipalities } from '../municipalities/municipalities.repository.ts';
import { BackupFileError, backupDatabase, restoreDatabase } from './backup.ts';
import { DatabaseExistsError, DatabaseInUseError, NoDatabaseError } from './pglite-backup.ts';

// Opening PGlite data folders takes seconds each, more on a busy machine.
const slow = 180_000;
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerk-backup-'));
  dirs.push(dir);
  return dir;
}

async function addMunicipality(options: DatabaseOptions, code: string, name: string): Promise<void> {
  const database = await openDatabase(options);
  await createMunicipality(database.db, { code, name, slug: name.toLowerCase(), isDemo: false });
  await database.close();
}

async function codes(options: DatabaseOptions): Promise<string[]> {
  const database = await openDatabase(options);
  try {
    return (await listMunicipalities(database.db)).map((m) => m.code);
  } finally {
    await database.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it(
    'restores the state of the backup: a change made after it is gone',
    async () => {
      const dataDir = tempDir();
      // A migrated database on disk, from the test template (initdb would take many seconds).
      const seed = new PGlite(path.join(dataDir, 'pgdata'), {
        loadDataDir: loadPgliteTemplate('empty'),
        extensions: pgliteExtensions,
      });
      await seed.waitReady;
      await seed.close();
      const config: Config = parseConfig({ DATA_DIR: dataDir });
      await addMunicipality({ dataDir }, 'GM0308', 'Baarn');

      const file = path.join(tempDir(), 'backup.tar.gz');
      // Not while the server (or anything else) has the database open.
      const running = await openDatabase({ dataDir });
      await expect(backupDatabase(config, file)).rejects.toBeInstanceOf(DatabaseInUseError);
      await running.close();

      const { kind, bytes } = await backupDatabase(config, file);
      expect(kind).toBe('pglite');
      expect(bytes).toBeGreaterThan(0);
      await addMunicipality({ dataDir }, 'GM0307', 'Amersfoort');
      expect(await codes({ dataDir })).toEqual(['GM0307', 'GM0308']);

      await expect(restoreDatabase(config, file)).rejects.toBeInstanceOf(DatabaseExistsError);
      expect(await codes({ dataDir })).toEqual(['GM0307', 'GM0308']);
      await restoreDatabase(config, file, { force: true });
      expect(await codes({ dataDir })).toEqual(['GM0308']);
    },
    slow,
  );

  it(
    'leaves the database alone when the file is not a usable backup',
    async () => {
      const config = parseConfig({ DATA_DIR: tempDir() });
      const notBackup = path.join(tempDir(), 'notes.txt');
      writeFileSync(notBackup, 'hello');
      await expect(restoreDatabase(config, notBackup, { force: true })).rejects.toBeInstanceOf(
        BackupFileError,
      );
      const brokenGzip = path.join(tempDir(), 'broken.tar.gz');
      writeFileSync(brokenGzip, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
      await expect(restoreDatabase(config, brokenGzip, { force: true })).rejects.toThrow(
        /could not be restored/,
      );
      await expect(backupDatabase(config, path.join(tempDir(), 'x.tar.gz'))).rejects.toBeInstanceOf(
        NoDatabaseError,
      );
    },
    slow,
  );
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('backup and restore on a PostgreSQL server (TEST_DATABASE_URL)', () => {
  it(
    'restores the state of the backup with pg_dump / pg_restore',
    async () => {
      const copy = await copyServerTemplate(serverUrl as string, 'empty');
      try {
        const config = parseConfig({ DATABASE_URL: copy.url, DATA_DIR: tempDir() });
        await addMunicipality({ databaseUrl: copy.url }, 'GM0308', 'Baarn');
        const file = path.join(tempDir(), 'backup.dump');
        expect((await backupDatabase(config, file)).kind).toBe('postgres');
        await addMunicipality({ databaseUrl: copy.url }, 'GM0307', 'Amersfoort');

        await expect(restoreDatabase(config, file)).rejects.toBeInstanceOf(DatabaseExistsError);
        await restoreDatabase(config, file, { force: true });
        expect(await codes({ databaseUrl: copy.url })).toEqual(['GM0308']);

        // A PostgreSQL dump does not go into the embedded database, and the other way round.
        await expect(restoreDatabase(parseConfig({ DATA_DIR: tempDir() }), file)).rejects.toThrow(
          /PostgreSQL \(pg_dump\) backup/,
        );
      } finally {
        await copy.drop();
      }
    },
    slow,
  );
});
