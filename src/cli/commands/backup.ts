import path from 'node:path';
import { BackupFileError, backupDatabase } from '../../core/backup/backup.ts';
import { DatabaseInUseError, NoDatabaseError } from '../../core/backup/pglite-backup.ts';
import { MissingToolError } from '../../core/backup/server-backup.ts';
import { CliError, type Command } from '../command.ts';
import { databaseLabel, readConfig } from '../context.ts';
import { say } from '../output.ts';

export const backup: Command = {
  name: 'backup',
  summary: 'write a backup of the database to FILE',
  usage: 'wijkwerk backup FILE',
  description: [
    'Embedded database (DATA_DIR): a tar.gz of the PGlite data directory; stop Wijkwerk first,',
    'since the embedded database has one user at a time.',
    'PostgreSQL (DATABASE_URL): pg_dump in its custom format (needs the PostgreSQL client tools).',
    'The secret in DATA_DIR is not part of the backup; keep SESSION_SECRET or that file yourself.',
  ].join('\n'),
  positionals: ['FILE'],
  async run({ positionals }) {
    const file = path.resolve(positionals[0] as string);
    const config = readConfig();
    say(`backing up ${databaseLabel(config)}`);
    const { bytes } = await backupDatabase(config, file).catch(expected);
    say(`wrote ${file} (${(bytes / 1024).toFixed(0)} KiB)`);
  },
};

// Failures the user can act on are one plain line; anything else keeps its "error:" prefix.
function expected(error: unknown): never {
  if (
    error instanceof NoDatabaseError ||
    error instanceof DatabaseInUseError ||
    error instanceof BackupFileError ||
    error instanceof MissingToolError
  )
    throw new CliError((error as Error).message);
  throw error;
}
