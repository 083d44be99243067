import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from './fetch-feed.ts';
import { parseICalendar } from './ics-import.ts';

// A real HTTP server on 127.0.0.1 plays every kind of feed source. Nothing leaves this machine:
// URLs with other hosts are either refused before any connection or routed to this server.

const FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//EN',
  'BEGIN:VEVENT',
  'UID:a',
  'DTSTART:20260301T100000Z',
  'SUMMARY:Café',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let server: Server;
let base: string;
let bigAborted = false;
const seen: Array<{ path: string; headers: IncomingMessage['headers'] }> = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  seen.push({ path, headers: req.headers });
  switch (path) {
    case '/feed.ics':
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304).end();
        return;
      }
      res
        .writeHead(200, {
          'content-type': 'text/calendar; charset=utf-8',
          etag: '"v1"',
          'last-modified': 'Sun, 01 Mar 2026 10:00:00 GMT',
        })
        .end(FEED);
      return;
    case '/as-text':
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`\uFEFF${FEED}`);
      return;
    case '/latin1':
      res
        .writeHead(200, { 'content-type': 'text/calendar; charset=iso-8859-1' })
        .end(Buffer.from(FEED, 'latin1'));
      return;
    case '/html':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Agenda</title>');
      return;
    case '/missing':
      res.writeHead(404, 'Not Found').end('nope');
      return;
    case '/broken':
      res.writeHead(500, 'Internal Server Error').end();
      return;
    case '/hang':
      return; // never answers
    case '/slow-body':
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.write('BEGIN:VCALENDAR\r\n'); // and never finishes
      return;
    case '/big': {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.on('close', () => {
        bigAborted = !res.writableFinished;
      });
      const chunk = `X-PAD:${'x'.repeat(1000)}\r\n`;
      let sent = 0;
      const push = () => {
        // Bounded: at most 5 MB, stops as soon as the client goes away.
        while (sent < 5_000 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) {
            res.once('drain', push);
            return;
          }
        }
        if (!res.destroyed) res.end('END:VCALENDAR\r\n');
      };
      res.write('BEGIN:VCALENDAR\r\n');
      push();
      return;
    }
    case '/big-declared':
      res.writeHead(200, { 'content-type': 'text/calendar', 'content-length': String(5_000_000) });
      res.end();
      return;
    case '/redirect':
      res.writeHead(302, { location: '/feed.ics' }).end();
      return;
    case '/redirect-private':
      res.writeHead(302, { location: 'http://10.20.30.40/feed.ics' }).end();
      return;
    case '/redirect-loopback':
      res.writeHead(301, { location: `${base}/feed.ics` }).end();
      return;
    case '/loop':
      res.writeHead(307, { location: '/loop' }).end();
      return;
    default:
      res.writeHead(404).end();
  }
}

// Pretends 'feeds.test' is a public host, and delivers its requests to the local server.
const publicLookup = async (host: string) =>
  host === 'feeds.test' ? ['93.184.215.14'] : Promise.reject(new Error('ENOTFOUND'));
const viaLocalServer: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== 'feeds.test') throw new Error(`test fetch would leave the machine: ${url.href}`);
  url.host = new URL(base).host;
  return fetch(url, init);
};

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = { allowPrivateNetwork: true, timeoutMs: 2_000 };

describe('fetchFeed against a local server', () => {
  it('fetches a feed with its validators, and gets 304 on a conditional GET', async () => {
    const first = await fetchFeed(`${base}/feed.ics`, local);
    expect(first).toEqual({
      status: 'ok',
      text: FEED,
      etag: '"v1"',
      lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT',
    });
    if (first.status === 'ok') expect(parseICalendar(first.text).events[0]?.summary).toBe('Café');
    const second = await fetchFeed(`${base}/feed.ics`, {
      ...local,
      etag: '"v1"',
      lastModified: 'Sun, 01 Mar 2026 10:00:00 GMT',
    });
    expect(second).toEqual({ status: 'not_modified' });
    const request = seen.findLast((r) => r.path === '/feed.ics');
    expect(request?.headers['if-modified-since']).toBe('Sun, 01 Mar 2026 10:00:00 GMT');
    expect(request?.headers['user-agent']).toMatch(/^Wijkwerk/);
  });

  it('judges by the body, not the content type, and honours the charset', async () => {
    expect(await fetchFeed(`${base}/as-text`, local)).toMatchObject({ status: 'ok' });
    const latin1 = await fetchFeed(`${base}/latin1`, local);
    expect(latin1.status === 'ok' && latin1.text.includes('SUMMARY:Café')).toBe(true);
    expect(await fetchFeed(`${base}/html`, local)).toEqual({
      status: 'bad_source',
      message: 'not an iCalendar feed (content type text/html; it does not start with BEGIN:VCALENDAR)',
    });
  });

  it('reports HTTP errors', async () => {
    expect(await fetchFeed(`${base}/missing`, local)).toEqual({
      status: 'error',
      message: 'HTTP 404 Not Found',
    });
    expect(await fetchFeed(`${base}/broken`, local)).toEqual({
      status: 'error',
      message: 'HTTP 500 Internal Server Error',
    });
  });

  it('gives up on a server that does not answer, or does not finish', async () => {
    expect(await fetchFeed(`${base}/hang`, { ...local, timeoutMs: 300 })).toEqual({
      status: 'error',
      message: 'no complete answer within 300 ms',
    });
    expect(await fetchFeed(`${base}/slow-body`, { ...local, timeoutMs: 300 })).toEqual({
      status: 'error',
      message: 'no complete answer within 300 ms',
    });
  });

  it('stops reading a feed past maxBytes', async () => {
    expect(await fetchFeed(`${base}/big`, { ...local, maxBytes: 100_000 })).toEqual({
      status: 'bad_source',
      message: 'the feed is larger than 100000 bytes',
    });
    await expect.poll(() => bigAborted).toBe(true);
    expect(await fetchFeed(`${base}/big-declared`, { ...local, maxBytes: 100_000 })).toMatchObject({
      status: 'bad_source',
    });
  });

  it('follows redirects, but not forever', async () => {
    expect(await fetchFeed(`${base}/redirect`, local)).toMatchObject({ status: 'ok', etag: '"v1"' });
    expect(await fetchFeed(`${base}/loop`, { ...local, maxRedirects: 3 })).toEqual({
      status: 'error',
      message: 'more than 3 redirects',
    });
  });

  it('reports a connection that is refused', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await fetchFeed(`http://127.0.0.1:${port}/feed.ics`, local);
    expect(result).toEqual({ status: 'error', message: 'the feed could not be fetched (ECONNREFUSED)' });
  });
});

describe('fetchFeed address checks (SSRF)', () => {
  const publicOnly = { fetchImpl: viaLocalServer, lookup: publicLookup, timeoutMs: 2_000 };

  it('fetches from a public host', async () => {
    expect(await fetchFeed('http://feeds.test/feed.ics', publicOnly)).toMatchObject({ status: 'ok' });
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    expect(await fetchFeed(`${base}/feed.ics`, { timeoutMs: 2_000 })).toEqual({
      status: 'bad_source',
      message: '127.0.0.1 is a local or private network address (127.0.0.1), which feeds may not use',
    });
    for (const url of [
      'http://10.0.0.1/x.ics',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/x.ics',
      'http://[::ffff:192.168.1.1]/x.ics',
      'http://0x7f.1/x.ics',
    ]) {
      expect(await fetchFeed(url, publicOnly)).toMatchObject({ status: 'bad_source' });
    }
  });

  it('refuses a public URL that redirects to a private or loopback address', async () => {
    expect(await fetchFeed('http://feeds.test/redirect-private', publicOnly)).toEqual({
      status: 'bad_source',
      message: '10.20.30.40 is a local or private network address (10.20.30.40), which feeds may not use',
    });
    expect(await fetchFeed('http://feeds.test/redirect-loopback', publicOnly)).toMatchObject({
      status: 'bad_source',
    });
  });

  it('refuses other schemes and credentials, and reports unknown hosts', async () => {
    expect(await fetchFeed('file:///etc/passwd', publicOnly)).toEqual({
      status: 'bad_source',
      message: 'only http and https URLs are allowed, not file:',
    });
    expect(await fetchFeed('ftp://feeds.test/x.ics', publicOnly)).toMatchObject({ status: 'bad_source' });
    expect(await fetchFeed('http://user:secret@feeds.test/x.ics', publicOnly)).toMatchObject({
      status: 'bad_source',
    });
    expect(await fetchFeed('not a url', publicOnly)).toEqual({
      status: 'bad_source',
      message: 'not a valid URL',
    });
    expect(await fetchFeed('http://unknown.test/x.ics', publicOnly)).toEqual({
      status: 'error',
      message: 'the host name unknown.test could not be resolved',
    });
  });
});
