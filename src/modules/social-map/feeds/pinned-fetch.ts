import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { isPrivateAddress, type Lookup, systemLookup } from '../schedule/network-guard.ts';

// A fetch() for feed URLs that connects only to the address it checked. fetchFeed checks a URL's
// addresses before each request, but fetch() would resolve the name again when connecting, and a
// DNS server may answer differently the second time (DNS rebinding). Here the connection's own
// lookup resolves once, refuses private addresses, and hands exactly that address to the socket.

export class PrivateAddressError extends Error {}

export function guardedLookup(lookup: Lookup = systemLookup): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname)
      .then((addresses) => {
        const bad = addresses.find(isPrivateAddress);
        const first = addresses[0];
        if (bad || !first) {
          const error = bad
            ? new PrivateAddressError(`${hostname} resolved to a private address (${bad})`)
            : new Error(`the host name ${hostname} could not be resolved`);
          if (options.all) (callback as (e: Error | null, a: []) => void)(error, []);
          else callback(error, '', 4);
          return;
        }
        const family = first.includes(':') ? 6 : 4;
        if (options.all)
          (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
            { address: first, family },
          ]);
        else callback(null, first, family);
      })
      .catch((error: Error) => callback(error, '', 4));
  };
}

/** fetch(url, { method GET, headers, signal }) over node:http(s) with the guarded lookup; no redirects followed. */
export function makePinnedFetch(lookup?: Lookup): typeof fetch {
  const pinnedLookup = guardedLookup(lookup);
  return ((input: string | URL | Request, init: RequestInit = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const client = url.protocol === 'https:' ? https : http;
      const headers = new Headers(init.headers);
      const request = client.request(
        url,
        {
          method: init.method ?? 'GET',
          headers: Object.fromEntries(headers.entries()),
          lookup: pinnedLookup,
          signal: init.signal ?? undefined,
        },
        (res) => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (Array.isArray(value)) for (const v of value) responseHeaders.append(name, v);
            else if (value !== undefined) responseHeaders.set(name, value);
          }
          const status = res.statusCode ?? 502;
          const nullBody = status === 204 || status === 304 || (status >= 100 && status < 200);
          resolve(
            new Response(nullBody ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), {
              status,
              statusText: res.statusMessage ?? '',
              headers: responseHeaders,
            }),
          );
        },
      );
      request.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
      request.end();
    })) as typeof fetch;
}

export const pinnedFetch = makePinnedFetch();
