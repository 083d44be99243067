import { serve } from '@hono/node-server';
import { Hono } from 'hono';

// The baseline: a bare Hono route on the same Node HTTP adapter as Wijkwerk, nothing else.
const app = new Hono();
app.get('/', (c) => c.text('hello'));

const port = Number(process.env.PORT ?? 3999);
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`hello listening on ${info.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
