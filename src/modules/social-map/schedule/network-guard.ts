import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Feed URLs come from users, and the server fetches them: without a check, a feed URL could make
// the server read its own admin ports, the cloud metadata service or the municipality's intranet
// (SSRF). Only http(s) to public addresses is allowed, checked again at every redirect.
//
// Limitation: the check resolves the name and fetch() resolves it again when connecting, so a DNS
// server that answers differently the second time (DNS rebinding) is not stopped here; network
// egress rules are the place for that.

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['::', 96], // IPv4-compatible (deprecated)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: hides the IPv4 address it reaches
  ['2001:db8::', 32],
  ['2002::', 16], // 6to4: may embed a private IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  // BlockList also checks IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 rules.
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

export type Lookup = (hostname: string) => Promise<string[]>;

export const systemLookup: Lookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

export type UrlCheck =
  | { ok: true; url: URL }
  | { ok: false; kind: 'refused' | 'unresolvable'; message: string };

/** Checks that a feed URL may be fetched: http(s), no credentials, and (unless allowed) a public address. */
export async function checkFeedUrl(
  raw: string,
  options: { allowPrivateNetwork?: boolean; lookup?: Lookup } = {},
): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, kind: 'refused', message: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      kind: 'refused',
      message: `only http and https URLs are allowed, not ${url.protocol}`,
    };
  if (url.username || url.password)
    return { ok: false, kind: 'refused', message: 'URLs with a user name or password are not allowed' };
  if (options.allowPrivateNetwork) return { ok: true, url };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await (options.lookup ?? systemLookup)(host);
    } catch {
      return { ok: false, kind: 'unresolvable', message: `the host name ${host} could not be resolved` };
    }
    if (addresses.length === 0)
      return { ok: false, kind: 'unresolvable', message: `the host name ${host} could not be resolved` };
  }
  const internal = addresses.find(isPrivateAddress);
  if (internal)
    return {
      ok: false,
      kind: 'refused',
      message: `${host} is a local or private network address (${internal}), which feeds may not use`,
    };
  return { ok: true, url };
}
