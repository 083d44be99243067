import os from 'node:os';
import { type ServerType, serve } from '@hono/node-server';
import { sql } from 'kysely';
import sharp from 'sharp';
import { anonCookieName, csrfHeaderName, csrfTokenFor } from '../src/core/auth/csrf.ts';
import { createAppContext } from '../src/core/boot.ts';
import { parseConfig } from '../src/core/config/env.ts';
import { openDatabase } from '../src/core/db/database.ts';
import { migrate } from '../src/core/db/migrate.ts';
import { loadDemo } from '../src/core/demo/load-demo.ts';
import { createHttpApp } from '../src/core/http/app.ts';
import { initiativesDb } from '../src/modules/initiatives/initiatives.tables.ts';
import { createInitiativesFixture } from '../src/modules/initiatives/testing.ts';
import { percentile } from './social-map-db.ts';

// node bench/initiatives-submit.ts — residents' submissions per second under 50 concurrent
// clients: anonymous HTTP POSTs to /api/v1/initiatives/items on the real app (Hono on
// @hono/node-server, 127.0.0.1) over PGlite with the core demo and the initiatives test
// configuration. Every submission goes the whole way: rate limit (each client a different
// address, as real residents are), validation, category, area, settings, reference counter,
// routing, deadline, insert, history event, audit entry. Scenarios:
// - json: a signal without a photo;
// - photo: multipart with one 1600×1200 JPEG (decoded, re-encoded without metadata, stored);
// - retry: the same Idempotency-Key again (the answer of a double click).
// BENCH_CLIENTS (default 50) and BENCH_SECONDS per scenario (default 15; photo: a third of it).
// Prints a Markdown table; the machine is shared, so the load average is printed with it.

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const progress = (line: string) => process.stderr.write(`${line}\n`);

interface Outcome {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
}

/** `clients` loops sending one request after another for `ms`; every request timed. */
async function run(ms: number, send: (client: number, n: number) => Promise<Response>): Promise<Outcome> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  const end = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let n = 0;
      while (performance.now() < end) {
        const t = performance.now();
        const res = await send(client, n++);
        await res.arrayBuffer();
        times.push(performance.now() - t);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: times.length,
    perSecond: times.length / elapsed,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    statuses,
  };
}

async function main() {
  progress('preparing the database (migrations, core demo, initiatives configuration)…');
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
    TRUST_PROXY: 'true',
  });
  const app = await createAppContext(config, { database: { loadDataDir: dump } });
  const f = await createInitiativesFixture(app.db);
  const http = createHttpApp(app);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: http.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/initiatives/items`;

  const anonId = 'bench-anonymous-browser';
  const base = {
    Cookie: `${anonCookieName}=${anonId}`,
    [csrfHeaderName]: csrfTokenFor(app.secret, anonId),
  };
  let address4 = 0;
  /** A different resident (address) per submission, so the rate limit never refuses. */
  const resident = () => {
    const n = ++address4;
    return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  };
  const body = (client: number, n: number) => ({
    categoryId: n % 2 === 0 ? f.categories.pavement : f.categories.litter,
    description: `Losse tegel of afval gezien door bewoner ${client}, melding ${n}. Graag even kijken.`,
    areaCode: n % 3 === 0 ? 'BU99990101' : 'BU99990202',
    address: `Dorpsstraat ${(n % 80) + 1}`,
    ...(n % 4 === 0 ? { contactEmail: `bewoner${client}-${n}@example.org`, consent: true } : {}),
  });
  const json = (client: number, n: number, key?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        ...base,
        'Content-Type': 'application/json',
        'X-Forwarded-For': resident(),
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: JSON.stringify(body(client, n)),
    });

  const photo = new Uint8Array(
    await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6a8f5c' } })
      .jpeg({ quality: 85 })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 3/1' } })
      .toBuffer(),
  );
  const multipart = (client: number, n: number) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(body(client, n))) form.append(k, String(v));
    form.append('photos', new Blob([photo], { type: 'image/jpeg' }), 'tegel.jpg');
    return fetch(url, { method: 'POST', headers: { ...base, 'X-Forwarded-For': resident() }, body: form });
  };

  progress('warming up…');
  await run(2000, (c, n) => json(c, n));
  const before = await countItems(app);

  progress(`json: ${clients} clients for ${seconds} s…`);
  const jsonRun = await run(seconds * 1000, (c, n) => json(c, n));
  const afterJson = await countItems(app);

  progress(`photo: ${clients} clients for ${Math.ceil(seconds / 3)} s…`);
  const photoRun = await run(Math.ceil(seconds / 3) * 1000, (c, n) => multipart(c, n));

  progress(`retry (the same Idempotency-Key again): ${clients} clients for ${Math.ceil(seconds / 3)} s…`);
  for (let c = 0; c < clients; c++) await json(c, 0, `bench-retry-key-${c}`);
  const beforeRetry = await countItems(app);
  const retryRun = await run(Math.ceil(seconds / 3) * 1000, (c) => json(c, 0, `bench-retry-key-${c}`));
  const afterRetry = await countItems(app);

  const duplicates = await sql<{ n: number }>`select count(*)::int as n from (
      select reference from initiative_items group by municipality_id, reference having count(*) > 1) d`.execute(
    app.db,
  );

  const row = (name: string, o: Outcome) =>
    `| ${name} | ${o.requests} | **${o.perSecond.toFixed(0)}** | ${o.p50.toFixed(0)} | ${o.p95.toFixed(0)} | ${o.p99.toFixed(0)} | ${Object.entries(
      o.statuses,
    )
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')} |`;
  const lines = [
    `### Submissions (initiatives intake), ${clients} concurrent clients`,
    '',
    `PGlite (in-process), Node ${process.version}, ${os.cpus().length} cores, load average ${load()}.`,
    '',
    '| scenario | requests | per second | p50 ms | p95 ms | p99 ms | answers |',
    '|---|---:|---:|---:|---:|---:|---|',
    row('JSON signal (no photo)', jsonRun),
    row('multipart with a 1600×1200 JPEG', photoRun),
    row('retry with the same Idempotency-Key', retryRun),
    '',
    `Items made during the JSON run: ${afterJson - before} (= its 201 answers: ${jsonRun.statuses['201'] ?? 0}); during the retries: ${afterRetry - beforeRetry}; duplicate reference numbers: ${duplicates.rows[0]?.n ?? 0}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.database.close();
}

async function countItems(app: { db: Parameters<typeof initiativesDb>[0] }): Promise<number> {
  const r = await initiativesDb(app.db)
    .selectFrom('initiative_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

await main();
