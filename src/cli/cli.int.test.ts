import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyServerTemplate, loadPgliteTemplate } from '../../test/templates.ts';
import { requireOrSkip } from '../../test/test-app.ts';
import { openDatabase, pgliteExtensions } from '../core/db/database.ts';
import { listMunicipalities } from '../core/municipalities/municipalities.repository.ts';

// The `wijkwerk` command as a user runs it: a child process on the pinned Node, with its own
// DATA_DIR, checked by exit code and output.

const node = path.resolve('node_modules/.bin/node');
const main = path.resolve('src/cli/main.ts');
const baarnFile = path.resolve(process.cwd(), '../shared/data/cbs-baarn-2024/baarn_buurten.geojson');
const slow = 180_000;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerk-cli-'));
  dirs.push(dir);
  return dir;
}

// A fresh PGlite runs initdb, which takes many seconds; most tests start from a copy of a data
// folder made once from the migrated test template. The migrate test starts truly empty.
let migratedDir: string;
beforeAll(async () => {
  migratedDir = tempDir();
  const pglite = new PGlite(path.join(migratedDir, 'pgdata'), {
    loadDataDir: loadPgliteTemplate('empty'),
    extensions: pgliteExtensions,
  });
  await pglite.waitReady;
  await pglite.close();
}, slow);

function migratedCopy(): string {
  const dir = tempDir();
  cpSync(migratedDir, dir, { recursive: true });
  return dir;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(node, [main, ...args], {
    // A clean database setting: the command must only use the DATA_DIR given here.
    env: { ...process.env, DATABASE_URL: '', DEMO: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function run(args: string[], env: Record<string, string> = {}, input?: string): Promise<Result> {
  const child = start(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  child.stdin?.end(input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function municipalityCodes(dataDir: string, databaseUrl?: string): Promise<string[]> {
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  try {
    return (await listMunicipalities(database.db)).map((m) => m.code);
  } finally {
    await database.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('wijkwerk command line', () => {
  it(
    'shows help for every command and exits 0',
    async () => {
      const commands = [
        'serve',
        'migrate',
        'demo',
        'municipality create',
        'import areas',
        'user create',
        'backup',
        'restore',
      ];
      const results = await Promise.all([
        run(['--help']),
        ...commands.map((c) => run([...c.split(' '), '--help'])),
      ]);
      for (const [i, r] of results.entries()) {
        expect(r.code, `${['(none)', ...commands][i]} --help: ${r.stderr}`).toBe(0);
        expect(r.stdout).toMatch(/^Usage: wijkwerk/);
      }
      expect(results[0]?.stdout).toContain('import areas');
    },
    slow,
  );

  it(
    'rejects an unknown command or option with a message and a non-zero exit',
    async () => {
      const unknown = await run(['frobnicate']);
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toContain('unknown command "frobnicate"');
      const option = await run(['migrate', '--colour']);
      expect(option.code).not.toBe(0);
      expect(option.stderr).toContain("Unknown option '--colour'");
      const missing = await run(['backup']);
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toContain('missing FILE');
    },
    slow,
  );

  it(
    'stops serve with one line naming a wrong setting',
    async () => {
      const r = await run(['serve'], { PORT: 'abc', DATA_DIR: tempDir() });
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/PORT/);
    },
    slow,
  );

  it(
    'migrates an empty data folder and lists the migrations',
    async () => {
      const dataDir = tempDir();
      const r = await run(['migrate'], { DATA_DIR: dataDir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/0001_core\.sql {2}\(applied now\)/);
      const again = await run(['migrate'], { DATA_DIR: dataDir });
      expect(again.stdout).toMatch(/^0 applied now/m);
    },
    slow,
  );

  it(
    'loads the demo once and refuses a second time',
    async () => {
      const dataDir = migratedCopy();
      const first = await run(['demo'], { DATA_DIR: dataDir });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('loaded Gemeente Voorbeeld (GM9999)');
      const second = await run(['demo'], { DATA_DIR: dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toBe(
        'wijkwerk: the database already holds Gemeente Voorbeeld (GM9999): the demo is only loaded into an empty database',
      );
    },
    slow,
  );

  it.skipIf(requireOrSkip(existsSync(baarnFile) ? null : `the CBS Baarn file ${baarnFile}`))(
    'imports the CBS areas of Baarn, and a second run changes nothing',
    async () => {
      const dataDir = migratedCopy();
      const created = await run(['municipality', 'create', '--code', 'GM0308', '--name', 'Baarn'], {
        DATA_DIR: dataDir,
      });
      expect(created.code, created.stderr).toBe(0);
      const first = await run(['import', 'areas', baarnFile], { DATA_DIR: dataDir });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('27 created, 0 updated, 0 unchanged, 0 skipped');
      // Not a terminal: progress comes as plain lines on stderr.
      expect(first.stderr).toContain('areas: 27/27');
      const second = await run(['import', 'areas', baarnFile, '--municipality', 'GM0308'], {
        DATA_DIR: dataDir,
      });
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toContain('0 created, 0 updated, 27 unchanged, 0 skipped');
    },
    slow,
  );

  it(
    'creates an administrator from a password on stdin, and explains a missing scope',
    async () => {
      const dataDir = migratedCopy();
      await run(['municipality', 'create', '--code', 'GM0308', '--name', 'Baarn'], { DATA_DIR: dataDir });
      const admin = await run(
        [
          'user',
          'create',
          '--email',
          'beheer@baarn.example',
          '--name',
          'Bea Heer',
          '--role',
          'administrator',
          '--password-stdin',
        ],
        { DATA_DIR: dataDir },
        'een-lang-genoeg-wachtwoord\n',
      );
      expect(admin.code, admin.stderr).toBe(0);
      expect(admin.stdout).toContain('created Bea Heer <beheer@baarn.example> in Baarn as administrator');
      const officer = await run(
        ['user', 'create', '--email', 'w@baarn.example', '--name', 'W', '--role', 'area_officer'],
        {
          DATA_DIR: dataDir,
        },
      );
      expect(officer.code).toBe(1);
      expect(officer.stderr.trim()).toBe('wijkwerk: --area: Choose an area for this role.');
    },
    slow,
  );

  it(
    'restores a backup: a change made after it is gone',
    async () => {
      const dataDir = migratedCopy();
      const file = path.join(tempDir(), 'wijkwerk.tar.gz');
      await run(['municipality', 'create', '--code', 'GM0308', '--name', 'Baarn'], { DATA_DIR: dataDir });
      const backup = await run(['backup', file], { DATA_DIR: dataDir });
      expect(backup.code, backup.stderr).toBe(0);
      await run(['municipality', 'create', '--code', 'GM0307', '--name', 'Amersfoort'], {
        DATA_DIR: dataDir,
      });
      expect(await municipalityCodes(dataDir)).toEqual(['GM0307', 'GM0308']);

      const refused = await run(['restore', file], { DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('add --force');
      const restored = await run(['restore', file, '--force'], { DATA_DIR: dataDir });
      expect(restored.code, restored.stderr).toBe(0);
      expect(await municipalityCodes(dataDir)).toEqual(['GM0308']);

      // Into an empty data folder no --force is needed.
      const fresh = tempDir();
      expect((await run(['restore', file], { DATA_DIR: fresh })).code).toBe(0);
      expect(await municipalityCodes(fresh)).toEqual(['GM0308']);
    },
    slow,
  );

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'backs up and restores a PostgreSQL database (DATABASE_URL)',
    async () => {
      const copy = await copyServerTemplate(process.env.TEST_DATABASE_URL as string, 'empty');
      try {
        const env = { DATABASE_URL: copy.url, DATA_DIR: tempDir() };
        const file = path.join(tempDir(), 'wijkwerk.dump');
        await run(['municipality', 'create', '--code', 'GM0308', '--name', 'Baarn'], env);
        const backup = await run(['backup', file], env);
        expect(backup.code, backup.stderr).toBe(0);
        await run(['municipality', 'create', '--code', 'GM0307', '--name', 'Amersfoort'], env);
        expect((await run(['restore', file], env)).code).toBe(1);
        const restored = await run(['restore', file, '--force'], env);
        expect(restored.code, restored.stderr).toBe(0);
        expect(await municipalityCodes('', copy.url)).toEqual(['GM0308']);
      } finally {
        await copy.drop();
      }
    },
    slow,
  );

  it.skipIf(
    requireOrSkip(
      existsSync(path.resolve('build/server/index.js')) ? null : 'the built pages: run "npm run build"',
    ),
  )(
    'serves: loads the demo into an empty database, answers /healthz, and stops with exit 0 on SIGTERM',
    async () => {
      const port = await freePort();
      const child = start(['serve'], {
        DATA_DIR: migratedCopy(),
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO: 'true',
      });
      let stdout = '';
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      try {
        await new Promise<void>((resolve, reject) => {
          child.stdout?.on('data', (c: Buffer) => {
            stdout += c.toString();
            if (stdout.includes(`Wijkwerk listening on http://localhost:${port}`)) resolve();
          });
          void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
        });
        expect(stdout).toContain('loading the demo municipality Gemeente Voorbeeld');
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
        const areas = await (await fetch(`http://127.0.0.1:${port}/api/v1/areas?kind=wijk`)).json();
        expect(areas.items.map((a: { code: string }) => a.code)).toContain('WK999901');
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      expect(stdout).toContain('stopped');
    },
    slow,
  );
});
