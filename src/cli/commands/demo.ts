import { demoAccounts } from '../../core/demo/load-demo.ts';
import { listMunicipalities } from '../../core/municipalities/municipalities.repository.ts';
import { loadFullDemo } from '../../modules/demo.ts';
import { CliError, type Command } from '../command.ts';
import { readConfig, withDatabase } from '../context.ts';
import { say } from '../output.ts';

export const demo: Command = {
  name: 'demo',
  summary: 'load the demo municipality Gemeente Voorbeeld into an empty database',
  usage: 'wijkwerk demo',
  description:
    'Refuses when the database already holds any municipality: demo data never mixes with real data.',
  async run() {
    const config = readConfig();
    await withDatabase(config, async ({ db }) => {
      const existing = await listMunicipalities(db);
      if (existing.length > 0) {
        const names = existing.map((m) => `${m.name} (${m.code})`).join(', ');
        throw new CliError(
          `the database already holds ${names}: the demo is only loaded into an empty database`,
        );
      }
      const municipality = await loadFullDemo(db, (line) => say(`  ${line}`));
      say(`loaded ${municipality.name} (${municipality.code}); demo accounts:`);
      for (const a of demoAccounts()) say(`  ${a.email}  ${a.password}  (${a.roles.join(', ')})`);
    });
  },
};
