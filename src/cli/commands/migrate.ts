import { openDatabase } from '../../core/db/database.ts';
import { appliedMigrations, migrate as applyMigrations } from '../../core/db/migrate.ts';
import type { Command } from '../command.ts';
import { databaseLabel, readConfig } from '../context.ts';
import { say } from '../output.ts';

export const migrate: Command = {
  name: 'migrate',
  summary: 'apply pending database migrations and list them',
  usage: 'wijkwerk migrate',
  description:
    'Migrations are plain SQL files in migrations/, applied once each, in name order. serve also applies them.',
  async run() {
    const config = readConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      say(`database: ${databaseLabel(config)}`);
      const applied = await applyMigrations(database, (name) => say(`applying ${name}`));
      const all = await appliedMigrations(database);
      for (const name of all) say(`  ${name}${applied.includes(name) ? '  (applied now)' : ''}`);
      say(`${applied.length} applied now, ${all.length} in total; the database is up to date`);
    } finally {
      await database.close();
    }
  },
};
