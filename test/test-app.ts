import type { Hono } from 'hono';
import type { ServerBuild } from 'react-router';
import type { AppContext } from '../src/core/app-context.ts';
import { createAppContext } from '../src/core/boot.ts';
import { parseConfig } from '../src/core/config/env.ts';
import { createHttpApp, type HonoEnv } from '../src/core/http/app.ts';
import { createServerApp, loadPagesBuild } from '../src/server.ts';
import { copyServerTemplate, loadPgliteTemplate, type TemplateName } from './templates.ts';

// A real app on a real database (a copy of a migrated template) for integration tests.
// PGlite by default; the PostgreSQL server when TEST_DATABASE_URL is set.

export interface TestApp {
  ctx: AppContext;
  http: Hono<HonoEnv>;
  /** Sends a request to the app as if from a browser at http://wijkwerk.test. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

let pagesBuild: Promise<ServerBuild> | undefined;

export async function createTestApp(
  options: { template?: TemplateName; pages?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const template = options.template ?? 'demo';
  const config = parseConfig({
    DATA_DIR: '/nonexistent',
    SESSION_SECRET: 'test-secret-test-secret-test-secret!!',
    DEMO: 'false',
    ...options.env,
  });
  const serverUrl = process.env.TEST_DATABASE_URL;
  let drop = async () => {};
  let ctx: AppContext;
  if (serverUrl) {
    const copy = await copyServerTemplate(serverUrl, template);
    drop = copy.drop;
    ctx = await createAppContext(config, { database: { databaseUrl: copy.url } });
  } else {
    ctx = await createAppContext(config, { database: { loadDataDir: loadPgliteTemplate(template) } });
  }
  let http: Hono<HonoEnv>;
  if (options.pages) {
    pagesBuild ??= loadPagesBuild();
    http = await createServerApp(ctx, await pagesBuild);
  } else {
    http = createHttpApp(ctx);
  }
  return {
    ctx,
    http,
    request: (path, init) =>
      Promise.resolve(http.request(new URL(path, 'http://wijkwerk.test').toString(), init)),
    async close() {
      await ctx.database.close();
      await drop();
    },
  };
}

/** Fails in CI (or with WIJKWERK_REQUIRE_ALL) instead of skipping when something is missing. */
export function requireOrSkip(missing: string | null): boolean {
  if (missing && (process.env.CI || process.env.WIJKWERK_REQUIRE_ALL)) {
    throw new Error(`required for this test run: ${missing}`);
  }
  if (missing) console.warn(`skipped: ${missing}`);
  return missing !== null;
}
