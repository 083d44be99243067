import { createAppContext } from '../../core/boot.ts';
import { listMunicipalities } from '../../core/municipalities/municipalities.repository.ts';
import { loadFullDemo } from '../../modules/demo.ts';
import { CliError, type Command } from '../command.ts';
import { databaseLabel, readConfig } from '../context.ts';
import { say } from '../output.ts';

export const serve: Command = {
  name: 'serve',
  summary: 'start the web server (pages and API)',
  usage: 'wijkwerk serve',
  description: [
    'Reads its settings from the environment (PORT, HOST, DATA_DIR, DATABASE_URL, DEMO, …; see README),',
    'applies pending migrations, and with DEMO=true (the default) loads the demo municipality',
    'Gemeente Voorbeeld into an empty database. Stops cleanly on SIGTERM or Ctrl-C.',
    'The pages must be built first: npm run build (npm start does both).',
  ].join('\n'),
  async run() {
    const config = readConfig();
    // Loaded here, not at the top: the other commands start faster without the web stack.
    const { createServerApp, listen, loadPagesBuild } = await import('../../server.ts');
    // Before touching the database: a missing build is the most common first-run mistake.
    const build = await loadPagesBuild().catch((error: Error) => {
      throw new CliError(error.message);
    });
    const ctx = await createAppContext(config, { log: say });
    say(`database: ${databaseLabel(config)}`);
    if ((await listMunicipalities(ctx.db)).length === 0) {
      if (config.demo) {
        say('loading the demo municipality Gemeente Voorbeeld (DEMO=true)');
        await loadFullDemo(ctx.db, (line) => say(`  demo: ${line}`));
      } else {
        say('There is no municipality yet, so pages answer 503 until you create one:');
        say('  npx wijkwerk municipality create --code GM0308 --name Baarn');
        say('  npx wijkwerk import areas buurten.geojson');
        say(
          '  npx wijkwerk user create --email you@example.org --name "Your Name" --role administrator --password-stdin',
        );
      }
    }
    const app = await createServerApp(ctx, build);
    // Periodic jobs (feeds, freshness, retention); registered before listen() so they stop first.
    const jobs = (await import('../../modules/jobs.ts')).startJobs(ctx, say);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void jobs.stop());
    listen(app, ctx, (port) => say(`Wijkwerk listening on http://localhost:${port}`));
    return 'keep-running';
  },
};
