import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { ServiceContext } from '../src/core/audit/write.ts';
import { loadActor } from '../src/core/auth/load-actor.ts';
import { createAppContext } from '../src/core/boot.ts';
import { parseConfig } from '../src/core/config/env.ts';
import { openDatabase } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { loadDemo } from '../src/core/demo/load-demo.ts';
import { findMunicipalityByCode } from '../src/core/municipalities/municipalities.repository.ts';
import { findPersonByEmail } from '../src/core/people/people.repository.ts';
import { createItem } from '../src/modules/plan/create-item.ts';
import { createPlan } from '../src/modules/plan/create-plan.ts';
import { getPlanView } from '../src/modules/plan/get-plan.ts';
import { listPlanItems } from '../src/modules/plan/list-items.ts';
import { buildPlanTree, planProgress } from '../src/modules/plan/plan-tree.ts';
import { getProgrammeReport } from '../src/modules/plan/reports/build-report.ts';
import { reportFile } from '../src/modules/plan/reports/report-files.ts';
import { updatePlan } from '../src/modules/plan/update-plan.ts';
import { buildDir, createServerApp, loadPagesBuild } from '../src/server.ts';
import { type PageBrowser, signedInBrowser } from '../test/page-browser.ts';
import type { TestApp } from '../test/test-app.ts';
import { percentile } from './social-map-db.ts';

// npm run bench:plan — the wijkplan benchmarks of docs/benchmarks.md:
// - a plan of BENCH_PLAN_ITEMS items (default 500: 10 goals × 7 action lines × 7 interventions,
//   minus the last few), written through the services on PGlite with the core demo;
// - the roll-up: buildPlanTree over the loaded items (pure), and getPlanView (the service the
//   plan page and the API call: access, one query per table, tree and roll-up);
// - the plan page over HTTP: the built pages served by @hono/node-server on 127.0.0.1,
//   requested one at a time (anonymous, the adopted plan's public page), then the API's JSON;
// - the programme report over BENCH_PLAN_COUNT plans (default 20): the service, its PDF, DOCX
//   and XLSX (BENCH_DOC_RUNS timed runs, default 5), and its page over HTTP.
// BENCH_RUNS (default 20) timed runs after two warm-ups. Prints a Markdown summary.

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const runs = size('BENCH_RUNS', 20);
const itemCount = size('BENCH_PLAN_ITEMS', 500);
const planCount = size('BENCH_PLAN_COUNT', 20);
const docRuns = size('BENCH_DOC_RUNS', 5);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const lines: string[] = [];
const out = (line = '') => lines.push(line);
const progress = (line: string) => process.stderr.write(`${line}\n`);

async function timed<T>(fn: () => Promise<T>, n = runs) {
  let last = await fn();
  last = await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { last, p50: percentile(times, 50), p95: percentile(times, 95) };
}

const themes = ['ontmoeting', 'veiligheid', 'wonen', 'jeugd', 'ouderen', 'groen', 'zorg'];
const statuses = ['planned', 'running', 'running', 'running', 'done', 'idea', 'stopped'] as const;

/** A plan of n items through the services: goals, then action lines, then interventions. */
async function writePlan(ctx: ServiceContext, n: number, label: string): Promise<string> {
  const plan = await createPlan(ctx, {
    areaCode: 'WK999902',
    title: `Benchmarkplan ${label}`,
    summary: 'Een gegenereerd plan voor de benchmark.',
    vision: 'Gegenereerd.',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
  });
  let written = 0;
  const goals = Math.max(1, Math.round(n / 50));
  const linesPerGoal = 7;
  for (let g = 0; g < goals && written < n; g++) {
    const goal = await createItem(ctx, plan.id, {
      title: `Doel ${g + 1}: ${themes[g % themes.length]} in de wijk`,
      description: 'Een langetermijndoel van het gegenereerde plan.',
      status: 'running',
      themes: [themes[g % themes.length] ?? 'ontmoeting'],
      weight: (g % 3) + 1,
    });
    written++;
    for (let l = 0; l < linesPerGoal && written < n; l++) {
      const line = await createItem(ctx, plan.id, {
        parentId: goal.id,
        title: `Actielijn ${g + 1}.${l + 1}`,
        status: 'running',
      });
      written++;
      const perLine = Math.ceil((n - goals - goals * linesPerGoal) / (goals * linesPerGoal));
      for (let i = 0; i < perLine && written < n; i++) {
        const k = written;
        await createItem(ctx, plan.id, {
          parentId: line.id,
          title: `Interventie ${g + 1}.${l + 1}.${i + 1}`,
          description: 'Een kortetermijninterventie met een eigenaar en een looptijd.',
          startDate: '2026-03-01',
          endDate: '2027-06-30',
          status: statuses[k % statuses.length] ?? 'planned',
          progress: k % 4 === 0 ? null : (k * 37) % 101,
          weight: k % 5 === 0 ? 2 : null,
        });
        written++;
      }
    }
  }
  await updatePlan(ctx, plan.id, {
    version: (await getPlanView(ctx, plan.id)).plan.version,
    state: 'adopted',
  });
  return plan.id;
}

async function main() {
  out(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 16)} UTC; load average at start: ${load()}`,
  );
  out();
  if (!existsSync(path.join(buildDir, 'server/index.js')))
    throw new Error(`the pages are not built (${buildDir}): run "npm run build" first`);

  progress('a PGlite database with the core demo…');
  const seed = await openDatabase({});
  await migrate(seed);
  await loadDemo(seed.db);
  const pglite = seed.pglite as NonNullable<typeof seed.pglite>;
  await pglite.query('checkpoint');
  const dump = await pglite.dumpDataDir('none');
  await seed.close();

  const config = parseConfig({
    DATA_DIR: '/nonexistent',
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
    DEMO: 'false',
  });
  const app = await createAppContext(config, { database: { loadDataDir: dump } });
  const m = await findMunicipalityByCode(app.db, 'GM9999');
  const person = m && (await findPersonByEmail(app.db, m.id, 'coordinator@voorbeeld.example'));
  if (!m || !person) throw new Error('the demo is missing');
  const ctx: ServiceContext = { db: app.db, actor: await loadActor(app.db, m.id, person), meta: {} };

  progress(`writing a plan of ${itemCount} items through the services…`);
  const t = performance.now();
  const planId = await writePlan(ctx, itemCount, `${itemCount}`);
  const writeSeconds = (performance.now() - t) / 1000;
  const items = (await listPlanItems(app.db, m.id, [planId])).get(planId) ?? [];
  out(
    `### A plan of ${items.length} items (PGlite)\n\nWritten through createItem in ${writeSeconds.toFixed(1)} s (${((writeSeconds * 1000) / items.length).toFixed(1)} ms per item); ${runs} timed runs after 2 warm-ups.`,
  );
  out();
  out('| What | p50 | p95 |');
  out('|---|---:|---:|');
  const tree = await timed(async () => {
    const tr = buildPlanTree(items);
    return planProgress(tr);
  });
  out(
    `| roll-up: buildPlanTree + planProgress (pure, ${items.length} items) | ${tree.p50.toFixed(2)} ms | ${tree.p95.toFixed(2)} ms |`,
  );
  const view = await timed(() => getPlanView(ctx, planId));
  out(
    `| getPlanView (access, items, tree, roll-up) | ${view.p50.toFixed(0)} ms | ${view.p95.toFixed(0)} ms |`,
  );

  progress('serving the built pages on 127.0.0.1…');
  const http = await createServerApp(app, await loadPagesBuild());
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: http.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    for (const [name, url] of [
      ['plan page, anonymous', `/wijkplannen/${planId}`],
      ['API: all items with roll-up', `/api/v1/plans/${planId}/items`],
    ] as const) {
      let bytes = 0;
      let status = 0;
      const r = await timed(async () => {
        const res = await fetch(`${base}${url}`);
        const body = await res.arrayBuffer();
        bytes = body.byteLength;
        status = res.status;
      });
      out(
        `| ${name} \`${url.replace(planId, ':id')}\` over HTTP (${status}, ${(bytes / 1024).toFixed(0)} KiB) | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms |`,
      );
    }
    out();

    await programmeReport(ctx, base);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.database.close();
  }
  out(`Load average at the end: ${load()}.`);
}

/**
 * The programme report over planCount plans: the plan above plus planCount - 1 plans of
 * BENCH_PLAN_SMALL items (default 50), all adopted. The service (getProgrammeReport: plans, items,
 * finances, effect coverage, voices, reviews in a fixed set of queries), the documents built from
 * it (PDF, DOCX, XLSX), and the report page over HTTP as the coordinator.
 */
async function programmeReport(ctx: ServiceContext, base: string) {
  const per = size('BENCH_PLAN_SMALL', 50);
  progress(`writing ${planCount - 1} more plans of ${per} items…`);
  const t = performance.now();
  for (let i = 1; i < planCount; i++) await writePlan(ctx, per, `${i + 1} van ${planCount}`);
  out(
    `### The programme report over ${planCount} plans\n\nThe plan above and ${planCount - 1} plans of ${per} items (${itemCount + (planCount - 1) * per} items), written in ${((performance.now() - t) / 1000).toFixed(0)} s; ${runs} timed runs after 2 warm-ups (documents: ${docRuns}).`,
  );
  out();
  out('| What | p50 | p95 |');
  out('|---|---:|---:|');
  const report = await timed(() => getProgrammeReport(ctx, 'Gemeente Voorbeeld'));
  out(
    `| getProgrammeReport (${report.last.kind === 'programme' ? 'programme' : report.last.kind}) | ${report.p50.toFixed(0)} ms | ${report.p95.toFixed(0)} ms |`,
  );
  for (const format of ['pdf', 'docx', 'xlsx'] as const) {
    let bytes = 0;
    const r = await timed(async () => {
      const f = await reportFile(report.last, 'nl', format);
      bytes = typeof f.body === 'string' ? f.body.length : f.body.byteLength;
    }, docRuns);
    out(
      `| ${format.toUpperCase()} from the report (${(bytes / 1024).toFixed(0)} KiB) | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms |`,
    );
  }
  const browser = await signIn(base, 'coordinator@voorbeeld.example', 'demo-regie-2026');
  for (const [name, url] of [['programme report page', '/programma/rapportage']] as const) {
    let bytes = 0;
    let status = 0;
    const r = await timed(async () => {
      const res = await browser.get(url);
      bytes = (await res.arrayBuffer()).byteLength;
      status = res.status;
    });
    out(
      `| ${name} \`${url}\` over HTTP as the coordinator (${status}, ${(bytes / 1024).toFixed(0)} KiB) | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms |`,
    );
  }
  out();
}

/** A browser without JavaScript over real HTTP, signed in through the sign-in page. */
async function signIn(base: string, email: string, password: string): Promise<PageBrowser> {
  const overHttp = { request: (p: string, init?: RequestInit) => fetch(`${base}${p}`, init) };
  return signedInBrowser(overHttp as unknown as TestApp, email, password);
}

try {
  await main();
} finally {
  console.log(lines.join('\n'));
}
