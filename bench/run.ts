import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchHttp, type HttpFigure } from './http.ts';
import { benchImport, largestGeojson, sharedData } from './import.ts';
import { cli, root, run } from './lib.ts';
import { runAgenda, runHsdsImport, runSearch } from './social-map.ts';
import { benchColdStart } from './start.ts';

// npm run bench [-- http|start|import|search|agenda|hsds|social-map]: the benchmarks of
// docs/benchmarks.md ('all', the default, is http, start and import; 'social-map' is search,
// agenda and hsds, which load large generated data sets and take minutes). Bounded in time
// (10 s per load run), loopback only. Prints the figures as a Markdown table for that page.
// Timings are noisy on shared machines; the ratios to the bare Hono baseline are the figures to compare.

const which = process.argv[2] ?? 'all';
const known = ['all', 'http', 'start', 'import', 'search', 'agenda', 'hsds', 'social-map'];
if (!known.includes(which)) {
  console.error(`usage: node bench/run.ts [${known.join('|')}]`);
  process.exit(2);
}
const socialMap = ['search', 'agenda', 'hsds'];
const wants = (name: string) =>
  which === name ||
  (which === 'all' && !socialMap.includes(name)) ||
  (which === 'social-map' && socialMap.includes(name));

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const lines: string[] = [];
const out = (line = '') => lines.push(line);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wijkwerk-bench-'));
try {
  out(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  out(
    `Date: ${new Date().toISOString().slice(0, 10)}; load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  out();

  if (wants('http') || wants('start')) {
    if (!existsSync(path.join(root, 'build/server/index.js'))) {
      throw new Error('the pages are not built: run "npm run build" first');
    }
    // One data folder with the demo, shared by the load test and the cold starts.
    process.stderr.write('preparing a data folder with the demo…\n');
    const dataDir = path.join(tmp, 'data');
    await run([cli, 'demo'], { DATA_DIR: dataDir });

    if (wants('http')) {
      process.stderr.write(`HTTP: ${connections} connections, ${seconds} s per target\n`);
      const figures = await benchHttp(dataDir, { connections, seconds, warmupSeconds: Math.min(3, seconds) });
      httpTable(figures);
    }
    if (wants('start')) {
      process.stderr.write('cold start: 5 runs\n');
      const r = await benchColdStart(dataDir, 5);
      out(
        `Cold start (spawn \`node src/cli/main.ts serve\` on an existing data folder → first 200 on /healthz), median of 5: **${r.median.toFixed(0)} ms** (runs: ${r.all.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
      );
      out();
    }
  }

  if (wants('import')) {
    const file = largestGeojson();
    if (!file) {
      out(`Import: skipped, no CBS GeoJSON found under ${sharedData}`);
    } else {
      process.stderr.write(`import: ${file}, 3 runs\n`);
      const r = await benchImport(file, 3);
      out(
        `Import of \`${r.file}\` (${(r.bytes / 1024).toFixed(0)} KiB, ${r.areas} areas created) into a fresh PGlite, median of 3: **${r.median.toFixed(0)} ms** (runs: ${r.all.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
      );
      out();
    }
  }

  if (wants('search')) {
    out('### Search (searchAssets)');
    out();
    await runSearch(out);
  }
  if (wants('agenda')) {
    out('### Agenda');
    out();
    await runAgenda(out);
  }
  if (wants('hsds')) {
    out('### HSDS import');
    out();
    await runHsdsImport(out);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  // Also what was measured before a failure.
  console.log(lines.join('\n'));
}

function httpTable(figures: HttpFigure[]) {
  const baseline = figures[0]?.requestsPerSecond ?? 1;
  out(`HTTP, ${connections} connections, ${seconds} s per target (after a warm-up):`);
  out();
  out('| Target | Requests/s | p50 latency | p99 latency | Ratio to bare Hono | Non-2xx / errors |');
  out('|---|---:|---:|---:|---:|---:|');
  for (const f of figures) {
    out(
      `| ${f.name} \`${f.path}\` | ${f.requestsPerSecond.toFixed(0)} | ${f.p50} ms | ${f.p99} ms | ${(f.requestsPerSecond / baseline).toFixed(3)} | ${f.non2xx} / ${f.errors} |`,
    );
  }
  out();
}
