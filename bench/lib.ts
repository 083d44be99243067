import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

// Small helpers for the benchmarks: child processes on the pinned Node, waiting for HTTP,
// medians. Everything listens on 127.0.0.1 only.

export const root = path.resolve(import.meta.dirname, '..');
export const node = path.join(root, 'node_modules/.bin/node');
export const cli = path.join(root, 'src/cli/main.ts');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export function spawnNode(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(node, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-2000);
  });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null)
      process.stderr.write(`${args.join(' ')} exited with ${code}: ${stderr}\n`);
  });
  child.stdout?.resume();
  return child;
}

/** Polls until the URL answers 200; resolves to the milliseconds since `since`. */
export async function waitFor200(
  url: string,
  since: number,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<number> {
  while (performance.now() - since < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`the server exited (${child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function run(args: string[], env: Record<string, string>): Promise<void> {
  const child = spawnNode(args, env);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (${code})`)),
    );
  });
}
