import { civilFromDays, DAY_MS } from './local-time.ts';

// The text layer of iCalendar (RFC 5545 §3.1, §3.3): escaping, line folding and the compact
// date forms. Kept apart from what the lines mean.

export const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and newlines are escaped (§3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Inverse of escapeText; unknown escapes keep the character after the backslash. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

const encoder = new TextEncoder();

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so that no physical line exceeds 75 octets (the leading space of a
 * continuation counts), never splitting a UTF-8 character (§3.1).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const n = octets(char.codePointAt(0) ?? 0);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Local ms → 'YYYYMMDD'. */
export function icsDate(localMs: number): string {
  const { year, month, day } = civilFromDays(Math.floor(localMs / DAY_MS));
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/** Local ms → 'YYYYMMDDTHHMMSS' (floating or with a TZID parameter). */
export function icsLocalDateTime(localMs: number): string {
  const msOfDay = localMs - Math.floor(localMs / DAY_MS) * DAY_MS;
  const seconds = Math.floor(msOfDay / 1000);
  return `${icsDate(localMs)}T${pad(Math.floor(seconds / 3600))}${pad(Math.floor(seconds / 60) % 60)}${pad(seconds % 60)}`;
}

/** Instant → 'YYYYMMDDTHHMMSSZ'. */
export function icsUtcDateTime(date: Date): string {
  return `${icsLocalDateTime(date.getTime())}Z`;
}

/** Exact elapsed minutes as a DURATION: hours and minutes only, since a 'D' would mean a nominal day. */
export function icsDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (minutes === 0) return 'PT0M';
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
}
