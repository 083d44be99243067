import { checkFeedUrl, type Lookup } from './network-guard.ts';

// Fetches a registered calendar feed. Its answer decides the feed's state:
// - ok: iCalendar text (parse it with parseICalendar), with the validators for the next request;
// - not_modified: the conditional GET says nothing changed since last time;
// - error: a problem that may go away (network, timeout, HTTP 4xx/5xx): retry later;
// - bad_source: the URL answers but is not (or may not be) a feed: not iCalendar, too large, or
//   refused (not http(s), or a local/private address): someone has to fix the URL.

export type FeedResult =
  | { status: 'ok'; text: string; etag: string | undefined; lastModified: string | undefined }
  | { status: 'not_modified' }
  | { status: 'error'; message: string }
  | { status: 'bad_source'; message: string };

export interface FetchFeedOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  /** Validators from the previous ok answer, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** Allow loopback and private addresses (tests, or a municipality's own intranet feeds). */
  allowPrivateNetwork?: boolean;
  maxRedirects?: number;
  /** DNS lookup used for the address check (replaceable in tests). */
  lookup?: Lookup;
}

export const USER_AGENT = 'Wijkwerk-feed-reader/1.0';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ICALENDAR_START = /^\uFEFF?\s*BEGIN:VCALENDAR/i;

class TooLarge extends Error {}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the download here: a feed that keeps sending must not fill the server's memory.
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset="?([^";\s]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function describe(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `the feed could not be fetched (${detail})`;
}

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 2_000_000;
  const fetchImpl = options.fetchImpl ?? fetch;
  const maxRedirects = options.maxRedirects ?? 5;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const headers: Record<string, string> = {
    accept: 'text/calendar, text/plain;q=0.5, */*;q=0.1',
    'user-agent': USER_AGENT,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const check = await checkFeedUrl(current, {
        allowPrivateNetwork: options.allowPrivateNetwork,
        lookup: options.lookup,
      });
      if (!check.ok)
        return check.kind === 'refused'
          ? { status: 'bad_source', message: check.message }
          : { status: 'error', message: check.message };

      const response = await fetchImpl(check.url, {
        method: 'GET',
        headers,
        redirect: 'manual',
        signal: controller.signal,
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel().catch(() => {});
        const location = response.headers.get('location');
        if (!location)
          return { status: 'error', message: `HTTP ${response.status} without a Location header` };
        if (hop >= maxRedirects) return { status: 'error', message: `more than ${maxRedirects} redirects` };
        // Each hop is checked again: a public URL must not redirect to an internal one.
        current = new URL(location, check.url).href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel().catch(() => {});
        return { status: 'not_modified' };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return {
          status: 'error',
          message: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        };
      }
      const contentType = response.headers.get('content-type') ?? '';
      const text = decode(await readLimited(response, maxBytes), contentType);
      // The body decides: servers often send feeds as text/plain or application/octet-stream.
      if (!ICALENDAR_START.test(text)) {
        return {
          status: 'bad_source',
          message: `not an iCalendar feed (content type ${contentType || 'none'}; it does not start with BEGIN:VCALENDAR)`,
        };
      }
      return {
        status: 'ok',
        text,
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      };
    }
  } catch (error) {
    if (error instanceof TooLarge)
      return { status: 'bad_source', message: `the feed is larger than ${maxBytes} bytes` };
    if (timedOut) return { status: 'error', message: `no complete answer within ${timeoutMs} ms` };
    return { status: 'error', message: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}
