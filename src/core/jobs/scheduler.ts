// A small scheduler for periodic jobs inside the server process. Each job runs every interval
// (plus a random jitter, so several servers or jobs do not start in the same second), never
// overlaps with itself, and with a lock (PostgreSQL: an advisory lock) runs on one server only.
// The clock is injectable, so tests move time by hand instead of waiting.

export interface JobRun {
  now: Date;
  /** Aborted when the scheduler stops: long jobs check it between steps. */
  signal: AbortSignal;
}

export interface Job {
  /** kebab-case, unique: 'feeds', 'freshness', 'retention'. */
  name: string;
  /** What it does, one line (for `wijkwerk jobs run --help`). */
  summary: string;
  intervalMs: number;
  /** At most this much is added at random to every wait. */
  jitterMs?: number;
  /** The first run after the start (default: one interval). */
  initialDelayMs?: number;
  run(run: JobRun): Promise<unknown>;
}

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A waiting job never keeps the process alive on its own.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs fn only when no other process holds the job's lock; 'locked' otherwise. */
export interface JobLock {
  withLock<T>(name: string, fn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }>;
}

/** Within one process the scheduler's own bookkeeping is enough (PGlite: one process per data dir). */
export const processLock: JobLock = {
  withLock: async (_name, fn) => ({ ran: true, result: await fn() }),
};

export type JobOutcome =
  | { job: string; status: 'ok'; result: unknown }
  | { job: string; status: 'failed'; error: unknown }
  | { job: string; status: 'locked' }
  | { job: string; status: 'busy' };

export interface SchedulerOptions {
  jobs: Job[];
  clock?: Clock;
  lock?: JobLock;
  /** 0 ≤ random() < 1; injectable for tests. */
  random?: () => number;
  log?: (line: string) => void;
  /** The timer never sleeps longer than this (so a changed clock is noticed). */
  maxSleepMs?: number;
}

export interface Scheduler {
  start(): void;
  /** Stops planning runs, aborts running ones and waits for them to finish. */
  stop(): Promise<void>;
  /** Runs the jobs that are due now (the timer calls this; tests too). */
  tick(): Promise<JobOutcome[]>;
  /** Runs one job now, unless it is running already. */
  runNow(name: string): Promise<JobOutcome>;
  /** When each job runs next (ms since the epoch). */
  nextRuns(): Record<string, number>;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? systemClock;
  const lock = options.lock ?? processLock;
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const maxSleep = options.maxSleepMs ?? 60_000;
  const names = new Set<string>();
  for (const job of options.jobs) {
    if (names.has(job.name)) throw new Error(`two jobs are called ${job.name}`);
    names.add(job.name);
  }
  const jitter = (job: Job) => Math.floor(random() * (job.jitterMs ?? 0));
  const next = new Map<string, number>();
  const running = new Map<string, Promise<JobOutcome>>();
  const controller = new AbortController();
  let timer: unknown;
  let started = false;
  let stopped = false;

  const plan = (job: Job, from: number, delay: number) => next.set(job.name, from + delay + jitter(job));
  for (const job of options.jobs) plan(job, clock.now(), job.initialDelayMs ?? job.intervalMs);

  function execute(job: Job): Promise<JobOutcome> {
    const current = running.get(job.name);
    if (current) return Promise.resolve({ job: job.name, status: 'busy' });
    // Not due again while it runs.
    next.set(job.name, Number.POSITIVE_INFINITY);
    const promise = (async (): Promise<JobOutcome> => {
      try {
        const outcome = await lock.withLock(job.name, () =>
          job.run({ now: new Date(clock.now()), signal: controller.signal }),
        );
        if (!outcome.ran) return { job: job.name, status: 'locked' };
        return { job: job.name, status: 'ok', result: outcome.result };
      } catch (error) {
        log(`job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        return { job: job.name, status: 'failed', error };
      } finally {
        running.delete(job.name);
        // The next run counts from the end of this one: a slow run never causes a pile-up.
        plan(job, clock.now(), job.intervalMs);
        if (started) arm();
      }
    })();
    running.set(job.name, promise);
    return promise;
  }

  function startDue(): Array<Promise<JobOutcome>> {
    if (stopped) return [];
    const now = clock.now();
    return options.jobs.filter((j) => (next.get(j.name) ?? Number.POSITIVE_INFINITY) <= now).map(execute);
  }

  function tick(): Promise<JobOutcome[]> {
    return Promise.all(startDue());
  }

  function arm() {
    if (stopped) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    const soonest = Math.min(...[...next.values()], clock.now() + maxSleep);
    timer = clock.setTimeout(
      () => {
        timer = undefined;
        startDue();
        arm();
      },
      Math.max(0, soonest - clock.now()),
    );
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      arm();
    },
    async stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      controller.abort();
      await Promise.allSettled([...running.values()]);
    },
    tick,
    runNow(name) {
      const job = options.jobs.find((j) => j.name === name);
      if (!job) return Promise.reject(new Error(`no job called ${name}`));
      return execute(job);
    },
    nextRuns: () => Object.fromEntries(next),
  };
}
