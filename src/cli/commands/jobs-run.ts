import { createAppContext } from '../../core/boot.ts';
import { createScheduler } from '../../core/jobs/scheduler.ts';
import { jobLock, moduleJobList, moduleJobs } from '../../modules/jobs.ts';
import { CliError, type Command, UsageError } from '../command.ts';
import { readConfig } from '../context.ts';
import { say } from '../output.ts';

// Runs the periodic jobs once, for a cron job (or to try one out). The server runs them by itself;
// on PostgreSQL a job that is running elsewhere at that moment is skipped.

const catalogue = moduleJobList();
const jobList = catalogue.map((j) => j.name);
const width = Math.max(...jobList.map((n) => n.length));

export const jobsRun: Command = {
  name: 'jobs run',
  summary: 'run the periodic jobs once (all, or the one named)',
  usage: 'wijkwerk jobs run [NAME]',
  optionalPositionals: ['NAME'],
  description: [
    `Jobs: ${jobList.join(', ')}.`,
    ...catalogue.map((j) => `  ${j.name.padEnd(width)}  ${j.summary}`),
    'The server (wijkwerk serve) runs these by itself; use this from cron when it does not run,',
    'e.g. "*/10 * * * * npx wijkwerk jobs run feeds". Exit code 1 when a job failed.',
  ].join('\n'),
  async run({ positionals }) {
    const [name] = positionals;
    if (name !== undefined && !jobList.includes(name))
      throw new UsageError(`unknown job "${name}" (jobs: ${jobList.join(', ')})`, 'jobs run');
    const ctx = await createAppContext(readConfig(), { log: () => {} });
    try {
      const jobs = moduleJobs(ctx).filter((j) => name === undefined || j.name === name);
      const scheduler = createScheduler({ jobs, lock: jobLock(ctx) });
      let failed = 0;
      for (const job of jobs) {
        const outcome = await scheduler.runNow(job.name);
        if (outcome.status === 'ok') say(`${job.name}: done ${JSON.stringify(outcome.result)}`);
        else if (outcome.status === 'locked') say(`${job.name}: skipped, running elsewhere`);
        else if (outcome.status === 'failed') {
          failed++;
          say(
            `${job.name}: failed: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`,
          );
        }
      }
      await scheduler.stop();
      if (failed > 0) throw new CliError(`${failed} job(s) failed`);
    } finally {
      await ctx.database.close();
    }
    return 'done';
  },
};
