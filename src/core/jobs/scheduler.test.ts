import { describe, expect, it } from 'vitest';
import { type Clock, createScheduler, type Job, type JobLock } from './scheduler.ts';

// A clock moved by hand: timers fire only when the test advances time.
function manualClock(start = 0) {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    clock,
    pending: () => timers.size,
    /** Moves time forward, firing timers that come due (in order). */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = until;
    },
  };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('scheduler', () => {
  it('runs a job when it is due, and then every interval after the end of the last run', async () => {
    const c = manualClock(1_000);
    const runs: number[] = [];
    const job: Job = {
      name: 'a',
      summary: 'a',
      intervalMs: 100,
      initialDelayMs: 10,
      run: async ({ now }) => {
        runs.push(now.getTime());
      },
    };
    const s = createScheduler({ jobs: [job], clock: c.clock, random: () => 0 });
    expect(await s.tick()).toEqual([]); // not due yet
    s.start();
    c.advance(10);
    await flush();
    expect(runs).toEqual([1_010]);
    c.advance(99);
    await flush();
    expect(runs).toEqual([1_010]);
    c.advance(1);
    await flush();
    expect(runs).toEqual([1_010, 1_110]);
    await s.stop();
    c.advance(1_000);
    await flush();
    expect(runs).toHaveLength(2);
    expect(c.pending()).toBe(0);
  });

  it('never runs a job twice at the same time', async () => {
    const c = manualClock();
    const gate = deferred();
    let started = 0;
    const job: Job = {
      name: 'slow',
      summary: 'slow',
      intervalMs: 10,
      initialDelayMs: 0,
      run: async () => {
        started++;
        await gate.promise;
      },
    };
    const s = createScheduler({ jobs: [job], clock: c.clock, random: () => 0 });
    const first = s.runNow('slow');
    expect(await s.runNow('slow')).toEqual({ job: 'slow', status: 'busy' });
    expect(await s.tick()).toEqual([]); // not due while it runs
    s.start();
    c.advance(1_000);
    await flush();
    expect(started).toBe(1);
    gate.resolve();
    expect(await first).toMatchObject({ job: 'slow', status: 'ok' });
    await s.stop();
  });

  it('adds jitter to the wait, and plans from the end of the run', async () => {
    const c = manualClock(0);
    const job: Job = { name: 'j', summary: 'j', intervalMs: 1_000, jitterMs: 500, run: async () => 'done' };
    const s = createScheduler({ jobs: [job], clock: c.clock, random: () => 0.5 });
    expect(s.nextRuns()).toEqual({ j: 1_250 });
    c.advance(2_000);
    expect(await s.runNow('j')).toEqual({ job: 'j', status: 'ok', result: 'done' });
    expect(s.nextRuns()).toEqual({ j: 3_250 });
  });

  it('skips a run another process holds the lock for, and survives a failing job', async () => {
    const c = manualClock();
    const held: JobLock = { withLock: async () => ({ ran: false }) };
    const ok: Job = { name: 'ok', summary: '', intervalMs: 10, initialDelayMs: 0, run: async () => 1 };
    const bad: Job = {
      name: 'bad',
      summary: '',
      intervalMs: 10,
      initialDelayMs: 0,
      run: async () => {
        throw new Error('boom');
      },
    };
    const lines: string[] = [];
    const locked = createScheduler({ jobs: [ok], clock: c.clock, lock: held });
    expect(await locked.tick()).toEqual([{ job: 'ok', status: 'locked' }]);
    const s = createScheduler({ jobs: [ok, bad], clock: c.clock, log: (l) => lines.push(l) });
    const outcomes = await s.tick();
    expect(outcomes.map((o) => [o.job, o.status])).toEqual([
      ['ok', 'ok'],
      ['bad', 'failed'],
    ]);
    expect(lines).toEqual(['job bad failed: boom']);
    c.advance(10);
    expect((await s.tick()).map((o) => o.status)).toEqual(['ok', 'failed']);
  });

  it('aborts running jobs on stop and waits for them', async () => {
    const c = manualClock();
    let sawAbort = false;
    const job: Job = {
      name: 'long',
      summary: '',
      intervalMs: 10,
      initialDelayMs: 0,
      run: ({ signal }) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            sawAbort = true;
            resolve();
          });
        }),
    };
    const s = createScheduler({ jobs: [job], clock: c.clock });
    void s.tick();
    await s.stop();
    expect(sawAbort).toBe(true);
    expect(await s.tick()).toEqual([]);
  });

  it('refuses two jobs with one name', () => {
    const j: Job = { name: 'x', summary: '', intervalMs: 1, run: async () => {} };
    expect(() => createScheduler({ jobs: [j, j] })).toThrow(/two jobs/);
  });
});
