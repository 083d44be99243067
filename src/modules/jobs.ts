import type { AppContext } from '../core/app-context.ts';
import { advisoryLock } from '../core/jobs/advisory-lock.ts';
import { createScheduler, type Job, processLock, type Scheduler } from '../core/jobs/scheduler.ts';
import { runEscalationJob } from './initiatives/handling/run-escalation-job.ts';
import { runContactRetentionJob } from './initiatives/intake/run-contact-retention-job.ts';
import { runIdeaRetentionJob } from './plan/programme/run-idea-retention-job.ts';
import { runReviewRemindersJob } from './plan/reviews/run-review-reminders-job.ts';
import { runFeedsJob } from './social-map/feeds/run-feeds-job.ts';
import { runFreshnessJob } from './social-map/run-freshness-job.ts';
import { runRetentionJob } from './social-map/run-retention-job.ts';

// The composition root of the modules' periodic jobs: the server runs them on a timer
// (startJobs), `wijkwerk jobs run [name]` runs them once (for cron).

const minute = 60_000;
const day = 24 * 60 * minute;

export function moduleJobs(app: AppContext): Job[] {
  return [
    {
      name: 'feeds',
      summary: 'fetch the calendar feeds that are due and bring their activities up to date',
      intervalMs: 5 * minute,
      jitterMs: minute,
      initialDelayMs: minute,
      run: ({ now, signal }) => runFeedsJob(app, now, { signal }),
    },
    {
      name: 'freshness',
      summary: 'send "still correct?" reminders and mark outdated social map items',
      intervalMs: day,
      jitterMs: 30 * minute,
      // Daily jobs are safe to repeat: the first run comes soon after a (re)start.
      initialDelayMs: 10 * minute,
      run: ({ now }) => runFreshnessJob(app, now),
    },
    {
      name: 'retention',
      summary: 'remove personal data of the social map whose retention period has passed',
      intervalMs: day,
      jitterMs: 30 * minute,
      initialDelayMs: 15 * minute,
      run: ({ now }) => runRetentionJob(app, now),
    },
    {
      name: 'plan-review-reminders',
      summary: 'remind the owners of plan items to update them before a review moment (peilmoment)',
      intervalMs: day,
      jitterMs: 30 * minute,
      initialDelayMs: 20 * minute,
      run: ({ now }) => runReviewRemindersJob(app, now),
    },
    {
      name: 'idea-retention',
      summary: 'remove the names and addresses of project ideas whose follow link has run out',
      intervalMs: day,
      jitterMs: 30 * minute,
      initialDelayMs: 20 * minute,
      run: ({ now }) => runIdeaRetentionJob(app, now),
    },
    {
      name: 'initiatives-escalation',
      summary: 'escalate overdue reports and initiatives to the coordinator after the second limit',
      intervalMs: 60 * minute,
      jitterMs: 5 * minute,
      initialDelayMs: 5 * minute,
      run: ({ now }) => runEscalationJob(app, now),
    },
    {
      name: 'initiatives-retention',
      summary: 'remove contact details and photos of reports closed longer than the retention period',
      intervalMs: day,
      jitterMs: 30 * minute,
      initialDelayMs: 25 * minute,
      run: ({ now }) => runContactRetentionJob(app, now),
    },
  ];
}

/** Names and summaries of the jobs (for help and usage checks): their run functions are never called here. */
export function moduleJobList(): Array<Pick<Job, 'name' | 'summary'>> {
  return moduleJobs({} as AppContext).map(({ name, summary }) => ({ name, summary }));
}

export function jobLock(app: AppContext) {
  return app.database.kind === 'postgres' ? advisoryLock(app.db) : processLock;
}

/** Starts the jobs in the server process; stop() on shutdown. */
export function startJobs(app: AppContext, log: (line: string) => void = () => {}): Scheduler {
  const scheduler = createScheduler({ jobs: moduleJobs(app), lock: jobLock(app), log });
  scheduler.start();
  return scheduler;
}
