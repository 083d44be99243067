import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPgliteTemplate } from '../../test/templates.ts';
import { openDatabase, pgliteExtensions } from '../core/db/database.ts';

// `wijkwerk import hsds` and `wijkwerk import csv` as a user runs them: a child process on a
// data folder with the demo (the 'full' template), checked by exit code, output and what the
// database holds afterwards.

const node = path.resolve('node_modules/.bin/node');
const main = path.resolve('src/cli/main.ts');
const slow = 180_000;
const coordinator = 'coordinator@voorbeeld.example';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerk-cli-import-'));
  dirs.push(dir);
  return dir;
}

let demoDir: string;
beforeAll(async () => {
  demoDir = tempDir();
  const pglite = new PGlite(path.join(demoDir, 'pgdata'), {
    loadDataDir: loadPgliteTemplate('full'),
    extensions: pgliteExtensions,
  });
  await pglite.waitReady;
  await pglite.close();
}, slow);

function demoCopy(): string {
  const dir = tempDir();
  cpSync(demoDir, dir, { recursive: true });
  return dir;
}

function run(
  args: string[],
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(node, [main, ...args], {
    env: { ...process.env, DATABASE_URL: '', DEMO: 'false', LOG_LEVEL: 'info', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Items, revisions and import audit entries in the data folder (after the command has exited). */
async function stored(dataDir: string) {
  const database = await openDatabase({ dataDir });
  try {
    const r = await sql<{ assets: number; revisions: number; audits: number }>`
      select (select count(*)::int from social_map_assets) as assets,
             (select count(*)::int from social_map_revisions) as revisions,
             (select count(*)::int from audit_log where action = 'social_map.import') as audits`.execute(
      database.db,
    );
    return r.rows[0];
  } finally {
    await database.close();
  }
}

const service = (n: number, name: string, extra: Record<string, unknown> = {}) => ({
  id: `c11c11c1-0000-4000-8000-00000000000${n}`,
  name,
  status: 'active',
  description: `${name}. Elke week, gratis.`,
  organization: { id: 'c11c11c1-0000-4000-8000-0000000000a1', name: 'Stichting Opdrachtregel' },
  ...extra,
});

describe('wijkwerk import hsds / import csv', () => {
  it(
    'imports HSDS JSON: a dry run writes nothing, the real run reports and writes, a re-run changes nothing',
    async () => {
      const dataDir = demoCopy();
      const file = path.join(tempDir(), 'diensten.json');
      writeFileSync(
        file,
        JSON.stringify([
          service(1, 'Formulierenspreekuur Opdrachtregel'),
          service(2, 'Fietsenmaker voor iedereen Opdrachtregel'),
          service(3, 'Gesloten dienst Opdrachtregel', { status: 'inactive' }),
        ]),
      );
      const before = await stored(dataDir);

      const dry = await run(['import', 'hsds', file, '--as', coordinator, '--dry-run'], dataDir);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('— dry run');
      expect(dry.stdout).toContain('new organisation: Stichting Opdrachtregel');
      expect(dry.stdout).toContain('c11c11c1-0000-4000-8000-000000000003: status is inactive');
      expect(dry.stdout).toMatch(
        /3 records: 2 created, 0 updated, 0 merged, 0 unchanged, 1 skipped \(0 possible duplicates\), 0 invalid — dry run, nothing written/,
      );
      // Not a terminal: progress comes as plain lines on stderr, the report on stdout.
      expect(dry.stderr).toContain('checking: 2/2');
      expect(await stored(dataDir)).toEqual(before);

      const real = await run(['import', 'hsds', file, '--as', coordinator], dataDir);
      expect(real.code, real.stderr).toBe(0);
      expect(real.stdout).toMatch(/3 records: 2 created, 0 updated, 0 merged, 0 unchanged, 1 skipped/);
      expect(real.stderr).toContain('writing: 2/2');
      expect(await stored(dataDir)).toEqual({
        assets: (before?.assets ?? 0) + 2,
        revisions: (before?.revisions ?? 0) + 2,
        audits: (before?.audits ?? 0) + 1,
      });

      const again = await run(['import', 'hsds', file, '--as', coordinator], dataDir);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/0 created, 0 updated, 0 merged, 2 unchanged/);
    },
    slow,
  );

  it(
    'refuses a CSV with a bad row: names the row and the reason, exits 1, writes nothing',
    async () => {
      const dataDir = demoCopy();
      const file = path.join(tempDir(), 'lijst.csv');
      writeFileSync(
        file,
        [
          'Nummer,Naam,Omschrijving,Adres,Postcode,Plaats',
          '1,Repair café Opdrachtregel,Samen repareren,Dorpsstraat 4,9999 AC,Voorbeeld',
          '2,Klaverjasclub Opdrachtregel,Kaarten op vrijdag,Kerkpad 1,12345,Voorbeeld',
        ].join('\n'),
      );
      const before = await stored(dataDir);
      const map = 'id=Nummer,title=Naam,summary=Omschrijving,street=Adres,postalCode=Postcode,city=Plaats';
      const r = await run(['import', 'csv', file, '--map', map, '--as', coordinator], dataDir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('invalid    2: address.postalCode');
      expect(r.stdout).toMatch(/2 records: 1 created, .* 1 invalid — nothing written/);
      expect(r.stderr).toContain(
        `wijkwerk: ${file} has 1 invalid record (listed above): nothing was imported`,
      );
      expect(await stored(dataDir)).toEqual(before);

      // Unreadable HSDS JSON: one clear line, exit 1, nothing written.
      const broken = path.join(tempDir(), 'kapot.json');
      writeFileSync(broken, '[{"id": "x", "name": ');
      const b = await run(['import', 'hsds', broken, '--as', coordinator], dataDir);
      expect(b.code).toBe(1);
      expect(b.stdout).toMatch(/invalid {4}\(file\): cannot be read: /);
      expect(await stored(dataDir)).toEqual(before);
    },
    slow,
  );

  it(
    'explains wrong usage: an unknown field, no --as, an unknown account, a missing file',
    async () => {
      const dataDir = demoCopy();
      const file = path.join(tempDir(), 'lijst.csv');
      writeFileSync(file, 'Naam\nBuurtsoep\n');
      const field = await run(['import', 'csv', file, '--map', 'titel=Naam', '--as', coordinator], dataDir);
      expect(field.code).toBe(2);
      expect(field.stderr).toContain('--map: unknown field "titel"');
      const noAs = await run(['import', 'csv', file, '--map', 'title=Naam'], dataDir);
      expect(noAs.code).toBe(2);
      expect(noAs.stderr).toContain('missing --as');
      const stranger = await run(
        ['import', 'csv', file, '--map', 'title=Naam', '--as', 'nobody@x.example'],
        dataDir,
      );
      expect(stranger.code).toBe(1);
      expect(stranger.stderr).toContain('there is no account nobody@x.example in Gemeente Voorbeeld');
      const resident = await run(
        ['import', 'csv', file, '--map', 'title=Naam', '--as', 'bewoner@voorbeeld.example'],
        dataDir,
      );
      expect(resident.code).toBe(1);
      expect(resident.stderr).toContain('forbidden');
      const missing = await run(
        ['import', 'hsds', path.join(dataDir, 'nope.json'), '--as', coordinator],
        dataDir,
      );
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('ENOENT');
      const help = await run(['import', 'csv', '--help'], dataDir);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: wijkwerk import csv FILE --map/);
    },
    slow,
  );
});
