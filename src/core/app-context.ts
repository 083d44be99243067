import type { Config } from './config/env.ts';
import type { Database, Db } from './db/database.ts';
import type { Mailer } from './mail/mailer.ts';

// What lives for the whole process: configuration, the database, the mailer.
// Created once by the server (or a test) and handed to every request.
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  /** Secret for signing CSRF tokens; from SESSION_SECRET or generated into DATA_DIR. */
  secret: string;
  mailer: Mailer;
  /** Base URL for links in e-mails when PUBLIC_URL is not set. */
  publicUrl: string;
}
