import type { ServiceContext } from '../core/audit/write.ts';
import { type Config, parseConfig } from '../core/config/env.ts';
import { type Database, type Db, openDatabase } from '../core/db/database.ts';
import { migrate } from '../core/db/migrate.ts';
import { listMunicipalities } from '../core/municipalities/municipalities.repository.ts';
import type { Municipality } from '../core/municipalities/municipality.ts';
import { systemActor } from '../core/permissions/actor.ts';
import { CliError } from './command.ts';
import { say } from './output.ts';

// What most commands share: the configuration from the environment, an open and migrated
// database, and the municipality the command works on.

/** Throws ConfigError (one line per wrong variable), which main prints as is. */
export function readConfig(): Config {
  return parseConfig(process.env);
}

export function databaseLabel(config: Config): string {
  if (!config.databaseUrl) return `the embedded database in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/** Opens the configured database, applies pending migrations, runs fn, and closes it again. */
export async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database, (name) => say(`migrating: ${name}`));
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** The municipality given by --municipality, or the only one there is. */
export async function pickMunicipality(db: Db, code: string | undefined): Promise<Municipality> {
  const all = await listMunicipalities(db);
  if (code) {
    const found = all.find((m) => m.code === code.toUpperCase());
    if (!found) {
      const known = all.map((m) => m.code).join(', ') || 'none yet';
      throw new CliError(
        `municipality ${code} does not exist (known: ${known}); create it with "wijkwerk municipality create"`,
      );
    }
    return found;
  }
  if (all.length === 1) return all[0] as Municipality;
  if (all.length === 0) {
    throw new CliError(
      'there is no municipality yet: create one with "wijkwerk municipality create --code GM0308 --name Baarn"',
    );
  }
  throw new CliError(
    `there are ${all.length} municipalities (${all.map((m) => m.code).join(', ')}): choose one with --municipality`,
  );
}

/** Changes made from the command line are made (and audited) by the system itself. */
export function commandLineContext(db: Db, municipality: Municipality): ServiceContext {
  return { db, actor: systemActor(municipality.id, 'command line'), meta: {} };
}
