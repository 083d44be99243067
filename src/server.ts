import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { createRequestHandler, type ServerBuild } from 'react-router';
import type { AppContext } from './core/app-context.ts';
import { createHttpApp } from './core/http/app.ts';

// Starts the HTTP server on the built pages (build/server) and the API.

export const buildDir = path.resolve(import.meta.dirname, '..', process.env.WIJKWERK_BUILD_DIR ?? 'build');

export async function loadPagesBuild(dir = buildDir): Promise<ServerBuild> {
  const file = path.join(dir, 'server/index.js');
  try {
    return (await import(pathToFileURL(file).href)) as ServerBuild;
  } catch (error) {
    throw new Error(
      `The pages are not built (${file}): run "npm run build" first. (${(error as Error).message})`,
    );
  }
}

export async function createServerApp(ctx: AppContext, build: ServerBuild) {
  return createHttpApp(ctx, {
    pages: createRequestHandler(build, process.env.NODE_ENV === 'development' ? 'development' : 'production'),
    assetsDir: path.relative(process.cwd(), path.join(buildDir, 'client')),
  });
}

/** Listens, and on SIGTERM/SIGINT stops taking connections, finishes requests, closes the database. */
export function listen(
  app: { fetch: (req: Request, env?: unknown) => Response | Promise<Response> },
  ctx: AppContext,
  onListening: (port: number) => void,
): ServerType {
  const server = serve({ fetch: app.fetch, port: ctx.config.port, hostname: ctx.config.host }, (info) =>
    onListening(info.port),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests and closing the database`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await ctx.database.close();
      console.log('stopped');
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return server;
}
