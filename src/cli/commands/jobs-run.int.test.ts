import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPgliteTemplate } from '../../../test/templates.ts';
import { pgliteExtensions } from '../../core/db/database.ts';

// `wijkwerk jobs run [NAME]` as cron runs it: a child process on a copy of the full demo.

const node = path.resolve('node_modules/.bin/node');
const main = path.resolve('src/cli/main.ts');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(node, [main, ...args], { env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('wijkwerk jobs run', () => {
  it('runs every job once, or the one named, and refuses an unknown name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerk-jobs-'));
    dirs.push(dir);
    const pglite = new PGlite(path.join(dir, 'pgdata'), {
      loadDataDir: loadPgliteTemplate('full'),
      extensions: pgliteExtensions,
    });
    await pglite.waitReady;
    await pglite.close();
    const env = { DATA_DIR: dir, DEMO: 'false' };

    const all = await run(['jobs', 'run'], env);
    expect(all.err).toBe('');
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/^feeds: done .*"fetched":0/m); // the demo feed is never polled
    expect(all.out).toMatch(/^freshness: done /m);
    expect(all.out).toMatch(/^retention: done /m);

    const one = await run(['jobs', 'run', 'feeds'], env);
    expect(one.code).toBe(0);
    expect(one.out.trim().split('\n')).toHaveLength(1);

    const unknown = await run(['jobs', 'run', 'nope'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown job "nope"/);

    const help = await run(['jobs', 'run', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Usage: wijkwerk jobs run \[NAME\]/);
  }, 180_000);
});
