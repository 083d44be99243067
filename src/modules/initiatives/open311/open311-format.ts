import { XMLBuilder } from 'fast-xml-parser';

// The two wire formats of GeoReport v2 and the spec's date format. JSON follows the spec's Spark
// convention (the XML document without its root and list wrappers: a list is a JSON array); XML
// is built with fast-xml-parser's XMLBuilder (escaping, declaration) rather than by hand.

export type Open311Format = 'json' | 'xml';

export const contentTypes: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** 'services.json' → { name: 'services', format: 'json' }; null without a known extension. */
export function splitFormat(segment: string): { name: string; format: Open311Format } | null {
  const m = segment.match(/^(.+)\.(json|xml)$/i);
  if (!m?.[1] || !m[2]) return null;
  return { name: m[1], format: m[2].toLowerCase() as Open311Format };
}

/** A value in an Open311 document: scalars, lists of records, nested records. */
export type Open311Value = string | number | boolean | null | Open311Record | Open311Value[];
export interface Open311Record {
  [key: string]: Open311Value;
}

/**
 * How a list is written in XML: `<wrapper><item>…</item>…</wrapper>`. The wrapper name is the
 * record's key (or the document's root); the item name is given per key here.
 */
export type ListItemNames = Record<string, string>;

const builder = new XMLBuilder({
  format: true,
  ignoreAttributes: false,
  suppressEmptyNode: false,
  processEntities: true,
});

/** Converts a JSON-shaped value to the object XMLBuilder writes (nulls become empty elements). */
function xmlShape(value: Open311Value, key: string, items: ListItemNames): unknown {
  if (value === null) return '';
  if (Array.isArray(value)) {
    const item = items[key];
    if (!item) throw new Error(`open311: no XML item name for list ${key}`);
    return { [item]: value.map((v) => xmlShape(v, item, items)) };
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlShape(v, k, items);
    return out;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

/** The XML document for a JSON body: root is the spec's root element (services, errors…). */
export function toXml(root: string, body: Open311Value, items: ListItemNames): string {
  const shaped = xmlShape(body, root, items);
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    [root]: shaped === '' ? '' : shaped,
  });
}

/** The XML element names of every list in the spec's documents. */
export const open311ListItems: ListItemNames = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

export interface Open311ErrorEntry {
  code: number;
  description: string;
}

// ---- dates: ISO 8601 (w3 note) with the Europe/Amsterdam offset ----

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

function parts(instant: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of amsterdamParts.formatToParts(instant)) out[p.type] = p.value;
  return out;
}

function offsetOf(p: Record<string, string>): string {
  // 'GMT+01:00' (or 'GMT' for a zero offset, which Amsterdam never has, but be exact).
  const name = p.timeZoneName ?? 'GMT';
  const m = name.match(/^GMT([+-]\d{2}:\d{2})$/);
  return m?.[1] ?? '+00:00';
}

/** An instant as '2026-12-06T14:05:00+01:00' (the wall clock in Amsterdam, with its offset). */
export function w3Amsterdam(instant: Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offsetOf(p)}`;
}

/**
 * The end of a date in Amsterdam ('2026-03-31' → '2026-03-31T23:59:59+02:00'). Clocks change at
 * night, so the offset at noon of that date is the one at its end.
 */
export function endOfDayAmsterdam(date: string): string {
  const p = parts(new Date(`${date}T12:00:00Z`));
  return `${date}T23:59:59${offsetOf(p)}`;
}

/** The date (YYYY-MM-DD) of an instant in Amsterdam. */
export function amsterdamDay(instant: Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * A w3 datetime from a client (start_date, end_date): 'YYYY-MM-DD', or with a time and a zone
 * ('Z' or ±hh:mm). A time without a zone is Amsterdam time. Returns null when it is not one.
 */
export function parseW3Datetime(value: string): Date | null {
  const v = value.trim();
  const m = v.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  );
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    return null;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  let zoneText = zone;
  if (!zoneText) zoneText = offsetOf(parts(new Date(`${y}-${mo}-${d}T12:00:00Z`)));
  else if (zoneText !== 'Z' && !zoneText.includes(':'))
    zoneText = `${zoneText.slice(0, 3)}:${zoneText.slice(3)}`;
  const date = new Date(`${local}${zoneText}`);
  if (Number.isNaN(date.getTime())) return null;
  // Reject dates that rolled over (2026-02-31).
  if (!zone && amsterdamDay(date) !== `${y}-${mo}-${d}`) return null;
  return date;
}
