import type { Municipality } from './municipality.ts';

// One install serves one municipality by default, several by host name when configured
// (MUNICIPALITY_HOSTS maps host -> CBS code). A known host picks its municipality; any other host
// gets the default: the only one, or the first configured one.

export function resolveMunicipality(
  all: Municipality[],
  hostHeader: string | undefined,
  hostMap: Map<string, string>,
): Municipality | undefined {
  if (all.length === 0) return undefined;
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
  const byCode = (code: string | undefined) => all.find((m) => m.code === code);
  const mapped = byCode(hostMap.get(host));
  if (mapped) return mapped;
  const ownHost = all.find((m) => m.hostnames.includes(host));
  if (ownHost) return ownHost;
  const firstConfigured = byCode(hostMap.values().next().value);
  return firstConfigured ?? all[0];
}
