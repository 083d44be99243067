// Where to go after signing in: only a path on this site, never another origin ("open redirect").

export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000) return fallback;
  // "/x" is local; "//host" and "/\host" are protocol-relative URLs browsers send elsewhere.
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // Control characters (tab, newline) are stripped by browsers and could turn "/\t/host" into "//host".
  for (const ch of next) if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) return fallback;
  return next;
}
