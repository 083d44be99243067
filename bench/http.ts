import autocannon from 'autocannon';
import { cli, freePort, spawnNode, stop, waitFor200 } from './lib.ts';

// Throughput and latency of the real server (built pages + API on PGlite with the demo) under
// 50 concurrent connections, next to a bare Hono route measured in the same run: the ratio to
// the baseline says more than the absolute figures on a shared machine.

export interface HttpFigure {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

export interface HttpOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export async function benchHttp(dataDir: string, options: HttpOptions): Promise<HttpFigure[]> {
  const [appPort, helloPort] = [await freePort(), await freePort()];
  const app = spawnNode([cli, 'serve'], {
    DATA_DIR: dataDir,
    PORT: String(appPort),
    HOST: '127.0.0.1',
    DEMO: 'false',
  });
  const hello = spawnNode(['bench/hello-server.ts'], { PORT: String(helloPort) });
  try {
    await waitFor200(`http://127.0.0.1:${appPort}/healthz`, performance.now(), app);
    await waitFor200(`http://127.0.0.1:${helloPort}/`, performance.now(), hello);
    const appHealth = `http://127.0.0.1:${appPort}/healthz`;
    const targets = [
      {
        name: 'bare Hono "hello"',
        url: `http://127.0.0.1:${helloPort}/`,
        drained: `http://127.0.0.1:${helloPort}/`,
      },
      { name: 'area page', url: `http://127.0.0.1:${appPort}/wijken/WK999901`, drained: appHealth },
      { name: 'API area list', url: `http://127.0.0.1:${appPort}/api/v1/areas`, drained: appHealth },
    ];
    const figures: HttpFigure[] = [];
    for (const t of targets) {
      // A short warm-up first, so the JIT and caches are not part of the figure.
      await autocannon({ url: t.url, connections: options.connections, duration: options.warmupSeconds });
      await waitFor200(t.drained, performance.now(), app);
      const r = await autocannon({ url: t.url, connections: options.connections, duration: options.seconds });
      // Requests still queued in the server when the run ends must not slow down the next target.
      await waitFor200(t.drained, performance.now(), app);
      const figure: HttpFigure = {
        name: t.name,
        path: new URL(t.url).pathname,
        requestsPerSecond: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
      };
      process.stderr.write(
        `  ${figure.name}: ${figure.requestsPerSecond.toFixed(0)} req/s, p50 ${figure.p50} ms, p99 ${figure.p99} ms\n`,
      );
      figures.push(figure);
    }
    return figures;
  } finally {
    await Promise.all([stop(app), stop(hello)]);
  }
}
