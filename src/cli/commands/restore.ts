import path from 'node:path';
import { BackupFileError, restoreDatabase } from '../../core/backup/backup.ts';
import { DatabaseExistsError, DatabaseInUseError } from '../../core/backup/pglite-backup.ts';
import { MissingToolError } from '../../core/backup/server-backup.ts';
import { CliError, type Command } from '../command.ts';
import { databaseLabel, readConfig } from '../context.ts';
import { say } from '../output.ts';

export const restore: Command = {
  name: 'restore',
  summary: 'replace the database with a backup made by "wijkwerk backup"',
  usage: 'wijkwerk restore FILE [--force]',
  description: [
    'Refuses when there already is a database, unless --force: everything in it is replaced.',
    'Stop Wijkwerk first. Embedded database: the backup is loaded into a new directory and only then',
    'swapped in, so a failed restore leaves the old one in place. PostgreSQL: pg_restore --clean in',
    'one transaction.',
  ].join('\n'),
  options: { force: { type: 'boolean' } },
  optionHelp: [['--force', 'replace an existing database']],
  positionals: ['FILE'],
  async run({ values, positionals }) {
    const file = path.resolve(positionals[0] as string);
    const config = readConfig();
    say(`restoring ${file} into ${databaseLabel(config)}`);
    await restoreDatabase(config, file, { force: values.force === true }).catch(expected);
    say('restored; start Wijkwerk again to use it');
  },
};

// Failures the user can act on are one plain line; anything else keeps its "error:" prefix.
function expected(error: unknown): never {
  if (
    error instanceof DatabaseExistsError ||
    error instanceof DatabaseInUseError ||
    error instanceof BackupFileError ||
    error instanceof MissingToolError
  )
    throw new CliError((error as Error).message);
  throw error;
}
