import { spawnSync } from 'node:child_process';
import path from 'node:path';

// npm run bench:initiatives — the initiatives module's two benchmarks, one after the other:
// residents' submissions per second under 50 concurrent clients (initiatives-submit.ts), then
// the officer's dashboard over 1M items (initiatives-dashboard.ts). Each prints its own Markdown
// summary; their environment variables pass through (BENCH_CLIENTS, BENCH_SECONDS, BENCH_ITEMS,
// BENCH_RUNS, …). `node bench/initiatives.ts submit` or `… dashboard` runs one.

const parts = { submit: 'initiatives-submit.ts', dashboard: 'initiatives-dashboard.ts' } as const;
const chosen = process.argv[2] as keyof typeof parts | undefined;
if (chosen !== undefined && !(chosen in parts)) {
  console.error(`unknown part "${chosen}": use ${Object.keys(parts).join(' or ')}`);
  process.exit(2);
}
for (const [name, file] of Object.entries(parts)) {
  if (chosen !== undefined && chosen !== name) continue;
  const run = spawnSync(process.execPath, [path.join(import.meta.dirname, file)], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
