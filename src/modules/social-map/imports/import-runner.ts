import { randomUUID } from 'node:crypto';
import type { Db } from '../../../core/db/database.ts';
import { processWide } from '../../../core/process-wide.ts';
import type { ImportJobProgress } from './import-job.ts';
import { interruptJobsOfOtherRunners, updateJob } from './import-jobs.repository.ts';

// Runs import jobs in the background of the server process. The live progress is kept in
// memory (the page reads it even while the import's transaction holds the database) and
// written to the job row a few times a second. A job row that says "running" but belongs to
// another process is from a server that stopped: the first look at the jobs after a start marks
// it interrupted (one server process per database; docs/decisions/012).

interface RunnerState {
  id: string;
  live: Map<string, ImportJobProgress>;
  running: Map<string, Promise<void>>;
  swept: WeakSet<Db>;
}

const runner = processWide<RunnerState>('social-map.import-runner', () => ({
  id: randomUUID(),
  live: new Map(),
  running: new Map(),
  swept: new WeakSet(),
}));

export const runnerId = (): string => runner.id;

/** Marks jobs of a stopped server as interrupted, once per database per process. */
export async function sweepInterrupted(db: Db): Promise<void> {
  if (runner.swept.has(db)) return;
  runner.swept.add(db);
  await interruptJobsOfOtherRunners(db, runner.id);
}

export function liveProgress(jobId: string): ImportJobProgress | undefined {
  return runner.live.get(jobId);
}

/** The promise of a job running in this process (tests and the CLI may await it). */
export function runningJob(jobId: string): Promise<void> | undefined {
  return runner.running.get(jobId);
}

export interface ProgressSink {
  report(p: ImportJobProgress): void;
  /** Waits until every progress write has reached the row. */
  flush(): Promise<void>;
}

/** Progress of one job: in memory at once, to the row at most every interval (in order). */
export function progressSink(db: Db, municipalityId: string, jobId: string, intervalMs = 300): ProgressSink {
  let chain: Promise<unknown> = Promise.resolve();
  let last = 0;
  let lastPhase: string | null = null;
  let pending: ImportJobProgress | null = null;
  const write = (p: ImportJobProgress) => {
    chain = chain
      .then(() => updateJob(db, municipalityId, jobId, { progress: p }, ['checking', 'importing']))
      .catch(() => {});
  };
  return {
    report(p) {
      runner.live.set(jobId, p);
      const now = Date.now();
      if (now - last >= intervalMs || p.phase !== lastPhase || p.done === p.total) {
        last = now;
        lastPhase = p.phase;
        pending = null;
        write(p);
      } else {
        pending = p;
      }
    },
    async flush() {
      if (pending) write(pending);
      pending = null;
      await chain;
    },
  };
}

/** Starts work in the background; its end (or failure) is the work's own business. */
export function startInBackground(jobId: string, work: () => Promise<void>): void {
  const p = work()
    .catch((error) => console.error(`import job ${jobId} failed`, error))
    .finally(() => {
      runner.running.delete(jobId);
      runner.live.delete(jobId);
    });
  runner.running.set(jobId, p);
}
