import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from './app-context.ts';
import { randomToken } from './auth/tokens.ts';
import type { Config } from './config/env.ts';
import { type DatabaseOptions, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createMailer } from './mail/mailer.ts';

// Builds the process-wide context: database (migrated), secret, mailer.

export async function createAppContext(
  config: Config,
  options: { database?: DatabaseOptions; log?: (line: string) => void } = {},
): Promise<AppContext> {
  const log = options.log ?? (() => {});
  const database = await openDatabase(
    options.database ?? { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
  );
  const applied = await migrate(database, (name) => log(`migrating: ${name}`));
  if (applied.length) log(`applied ${applied.length} migration(s)`);
  return {
    config,
    database,
    db: database.db,
    secret: config.sessionSecret ?? loadOrCreateSecret(config.dataDir),
    mailer: createMailer(config.smtpUrl, config.mailFrom),
    publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
  };
}

/** Without SESSION_SECRET, a random secret is kept in DATA_DIR so sessions survive restarts. */
function loadOrCreateSecret(dataDir: string): string {
  const file = path.resolve(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomToken(48);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
