import { cli, freePort, median, spawnNode, stop, waitFor200 } from './lib.ts';

// Cold start: from spawning `wijkwerk serve` on an existing data folder to the first 200 on
// /healthz (process start, module loading, opening PGlite, pages build import, listen).

export async function benchColdStart(
  dataDir: string,
  runs: number,
): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const started = performance.now();
    const child = spawnNode([cli, 'serve'], {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: 'false',
    });
    try {
      const ms = await waitFor200(`http://127.0.0.1:${port}/healthz`, started, child);
      all.push(ms);
      process.stderr.write(`  cold start ${i + 1}/${runs}: ${ms.toFixed(0)} ms\n`);
    } finally {
      await stop(child);
    }
  }
  return { median: median(all), all };
}
