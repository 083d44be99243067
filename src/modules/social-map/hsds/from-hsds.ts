import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ContactChannel } from '../asset.ts';
import { contactChannelInput, createAssetInput } from '../asset-input.ts';
import { type Schedule, scheduleSchema } from '../schedule/schedule.ts';
import type { Term, Vocabulary } from '../taxonomy.ts';
import {
  describeIssues,
  type HsdsLocationIn,
  type HsdsScheduleIn,
  type HsdsServiceIn,
  hsdsService,
} from './hsds-schemas.ts';

// Reading Open Referral HSDS 3.0: services with their nested objects (JSON), or the tabular
// package (one CSV per object, linked by ids), checked with our zod schemas and mapped to the
// input of our assets. Pure apart from reading files.

export type Row = Record<string, unknown>;
export type Tables = Record<string, Row[]>;

export interface SkippedRecord {
  ref: string;
  reason: string;
}

export interface ReadResult {
  services: HsdsServiceIn[];
  /** Records that break the HSDS rules (missing required fields, wrong values). */
  invalid: SkippedRecord[];
}

/** 'services.csv', 'service_at_locations' … → 'service_at_location'. */
function tableKey(name: string): string {
  return basename(name)
    .replace(/\.(csv|json)$/i, '')
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
}

export function parseCsv(text: string): Row[] {
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Row[];
}

/** Every *.csv of a folder, by table name. */
export function readCsvFolder(dir: string): Tables {
  const tables: Tables = {};
  for (const file of readdirSync(dir)) {
    if (file.toLowerCase().endsWith('.csv')) tables[file] = parseCsv(readFileSync(join(dir, file), 'utf8'));
  }
  return tables;
}

/** Builds the nested services of a tabular package: the CSV files joined on their ids. */
export function servicesFromTables(input: Tables): Row[] {
  const t = new Map<string, Row[]>();
  for (const [name, rows] of Object.entries(input)) t.set(tableKey(name), rows);
  const rows = (key: string) => t.get(key) ?? [];
  const byId = (key: string) => new Map(rows(key).map((r) => [String(r.id), r]));
  const groupBy = (key: string, field: string) => {
    const out = new Map<string, Row[]>();
    for (const r of rows(key)) {
      const v = r[field];
      if (v === undefined || v === null || v === '') continue;
      const list = out.get(String(v)) ?? [];
      list.push(r);
      out.set(String(v), list);
    }
    return out;
  };
  const organizations = byId('organization');
  const locations = byId('location');
  const terms = byId('taxonomy_term');
  const addressesByLocation = groupBy('address', 'location_id');
  const phonesByService = groupBy('phone', 'service_id');
  const phonesByLocation = groupBy('phone', 'location_id');
  const schedulesByService = groupBy('schedule', 'service_id');
  const schedulesByLocation = groupBy('schedule', 'location_id');
  const languagesByService = groupBy('language', 'service_id');
  const contactsByService = groupBy('contact', 'service_id');
  const salsByService = groupBy('service_at_location', 'service_id');
  const attributesByLink = groupBy('attribute', 'link_id');
  const costsByService = groupBy('cost_option', 'service_id');

  const location = (id: unknown): Row | undefined => {
    const l = locations.get(String(id));
    if (!l) return undefined;
    return {
      ...l,
      addresses: addressesByLocation.get(String(l.id)) ?? [],
      phones: phonesByLocation.get(String(l.id)) ?? [],
      schedules: (schedulesByLocation.get(String(l.id)) ?? []).filter((s) => !s.service_id),
    };
  };
  return rows('service').map((s) => {
    const id = String(s.id ?? '');
    const org = s.organization_id ? organizations.get(String(s.organization_id)) : undefined;
    return {
      ...s,
      ...(org ? { organization: org } : {}),
      phones: phonesByService.get(id) ?? [],
      schedules: schedulesByService.get(id) ?? [],
      languages: languagesByService.get(id) ?? [],
      contacts: contactsByService.get(id) ?? [],
      cost_options: costsByService.get(id) ?? [],
      service_at_locations: (salsByService.get(id) ?? []).map((sal) => ({
        ...sal,
        location: location(sal.location_id),
      })),
      attributes: (attributesByLink.get(id) ?? []).map((a) => ({
        ...a,
        taxonomy_term: a.taxonomy_term_id ? terms.get(String(a.taxonomy_term_id)) : undefined,
      })),
    };
  });
}

/** Services from parsed JSON: an array, a paginated list ({contents}), one full service, or tabular JSON. */
export function servicesFromJson(value: unknown): Row[] {
  if (Array.isArray(value)) return value as Row[];
  if (value && typeof value === 'object') {
    const o = value as Row;
    if (Array.isArray(o.contents)) return o.contents as Row[];
    if (Array.isArray(o['services.csv']) || Array.isArray(o.services)) return servicesFromTables(o as Tables);
    return [o];
  }
  return [];
}

/** Checks every service with our HSDS schemas; names each bad record and what is wrong. */
export function checkServices(raw: Row[]): ReadResult {
  const services: HsdsServiceIn[] = [];
  const invalid: SkippedRecord[] = [];
  raw.forEach((r, i) => {
    const parsed = hsdsService.safeParse(r);
    const ref = typeof r?.id === 'string' && r.id ? r.id : `services[${i}]`;
    if (parsed.success) services.push(parsed.data);
    else invalid.push({ ref, reason: describeIssues(parsed.error).join('; ') });
  });
  return { services, invalid };
}

// ---- Mapping to our asset input ----------------------------------------------------------------

export interface MappedService {
  sourceId: string;
  /** The input for createAssetInput, without the area (found from the point by the importer). */
  input: Record<string, unknown>;
  organisation: { name: string; description: string; email: string | null; website: string | null } | null;
}

const clip = (s: string | undefined, max: number) => (s ?? '').trim().slice(0, max).trim();
const dutchPostalCode = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const httpUrl = (v: string | undefined) => (v && /^https?:\/\/\S+$/i.test(v) ? v : undefined);
const unquote = (v: string) => v.replace(/^"+|"+$/g, '').trim();

function toTime(v: string | undefined): number | null {
  const m = v?.match(/^(\d{1,2}):(\d{2})/);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** An HSDS schedule as ours: a first start at opens_at with a weekly or monthly rule. */
export function scheduleFromHsds(s: HsdsScheduleIn): Schedule | null {
  const date = (s.dtstart ?? s.valid_from)?.slice(0, 10);
  const opens = toTime(s.opens_at);
  const closes = toTime(s.closes_at);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || opens === null) return null;
  const duration = closes !== null && closes > opens ? closes - opens : 60;
  const parts: string[] = [];
  if (s.freq === 'WEEKLY' || s.freq === 'MONTHLY') {
    parts.push(`FREQ=${s.freq}`);
    if (s.interval && s.interval > 1) parts.push(`INTERVAL=${s.interval}`);
    if (s.byday) parts.push(`BYDAY=${s.byday.replace(/\s/g, '').toUpperCase()}`);
    if (s.bymonthday) parts.push(`BYMONTHDAY=${s.bymonthday.replace(/\s/g, '')}`);
    // RFC 5545 allows COUNT or UNTIL, not both: the end date wins.
    const until = (s.until ?? s.valid_to)?.slice(0, 10);
    if (until && /^\d{4}-\d{2}-\d{2}$/.test(until) && until >= date)
      parts.push(`UNTIL=${until.replace(/-/g, '')}`);
    else if (s.count && !until) parts.push(`COUNT=${s.count}`);
  }
  const hh = String(Math.floor(opens / 60)).padStart(2, '0');
  const mm = String(opens % 60).padStart(2, '0');
  const schedule: Schedule = { start: `${date}T${hh}:${mm}`, durationMinutes: duration };
  if (parts.length) schedule.rrule = parts.join(';');
  return scheduleSchema.safeParse(schedule).success ? schedule : null;
}

function pickLocation(service: HsdsServiceIn): HsdsLocationIn | undefined {
  const locs = (service.service_at_locations ?? []).map((x) => x.location).filter((l) => l !== undefined);
  return locs.find((l) => l.location_type === 'physical') ?? locs[0];
}

/** The codes of our vocabulary among the service's attributes (terms we exported: taxonomy 'wijkwerk:…'). */
function codesOf(service: HsdsServiceIn, vocabulary: Vocabulary, terms: readonly Term[]): string[] {
  const known = new Set(terms.filter((t) => t.vocabulary === vocabulary).map((t) => t.code));
  const out: string[] = [];
  for (const a of service.attributes ?? []) {
    const term = a.taxonomy_term;
    if (
      term?.taxonomy === `wijkwerk:${vocabulary}` &&
      term.code &&
      known.has(term.code) &&
      !out.includes(term.code)
    )
      out.push(term.code);
  }
  return out;
}

/** One HSDS service as the input of one of our assets (an offering). */
export function mapService(service: HsdsServiceIn, terms: readonly Term[]): MappedService {
  const location = pickLocation(service);
  const address = location?.addresses?.find(
    (a) => a.postal_code && dutchPostalCode.test(a.postal_code.trim()),
  );
  const lat = location?.latitude;
  const lon = location?.longitude;
  const point =
    lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
      ? { lat, lon }
      : null;
  const onlineUrl = location?.location_type === 'virtual' ? httpUrl(location.url) : undefined;
  const locationType = address ? 'address' : onlineUrl ? 'online' : 'area';

  const contact: ContactChannel[] = [];
  const email = service.email ?? service.contacts?.find((c) => c.email)?.email;
  if (email) contact.push({ type: 'email', value: email });
  const phones = [...(service.phones ?? []), ...(location?.phones ?? [])];
  for (const p of phones) {
    const number = unquote(p.number);
    if (number && !contact.some((c) => c.value === number) && contact.length < 10)
      contact.push({
        type: p.type === 'text' || p.type === 'sms' ? 'whatsapp' : 'phone',
        value: number.slice(0, 300),
      });
  }
  const url = httpUrl(service.url);
  if (url) contact.push({ type: 'website', value: url });

  const hsdsSchedules = [
    ...(service.schedules ?? []),
    ...(service.service_at_locations ?? []).flatMap((x) => x.schedules ?? []),
  ];
  const schedules = hsdsSchedules
    .map(scheduleFromHsds)
    .filter((s): s is Schedule => s !== null)
    .slice(0, 20);
  // What a schedule cannot say stays readable as a note.
  const notes = hsdsSchedules.map((s) => s.description).filter((d): d is string => Boolean(d));

  const paid =
    Boolean(service.fees_description) || (service.cost_options ?? []).some((c) => (c.amount ?? 0) > 0);
  const costText = service.fees_description ?? service.cost_options?.find((c) => c.option)?.option;

  const languages = [
    ...new Set(
      (service.languages ?? [])
        .map((l) => l.code?.toLowerCase())
        .filter((c): c is string => Boolean(c && /^[a-z]{2,3}$/.test(c))),
    ),
  ];
  const description = service.description ?? '';
  const input: Record<string, unknown> = {
    kind: 'offering',
    formality: service.organization ? 'formal' : 'informal',
    title: clip(service.name, 200),
    summary: clip(service.alternate_name ?? description.split(/\n|(?<=\.)\s/)[0], 500),
    description: clip(description, 10_000),
    themes: codesOf(service, 'theme', terms),
    targetGroups: codesOf(service, 'target_group', terms),
    abcdCategories: codesOf(service, 'abcd', terms),
    locationType,
    address: address
      ? {
          street: clip(address.address_1, 200),
          postalCode: address.postal_code,
          city: clip(address.city, 100),
        }
      : null,
    point: locationType === 'online' ? null : point,
    onlineUrl: onlineUrl ?? null,
    schedules,
    scheduleNote: notes.length ? clip(notes.join(' '), 300) : null,
    costFree: !paid,
    costText: paid ? clip(costText ?? 'Kosten: zie aanbieder', 300) : null,
    languages: languages.slice(0, 20),
    // A malformed e-mail address or number is left out rather than losing the whole record.
    contact: contact.filter((c) => contactChannelInput.safeParse(c).success),
  };
  const org = service.organization;
  return {
    sourceId: service.id,
    input,
    organisation: org
      ? {
          name: clip(org.name, 200),
          description: org.description ?? '',
          email: org.email ?? null,
          website: httpUrl(org.website) ?? null,
        }
      : null,
  };
}

/** Checks the mapped input as createAsset would; returns the reasons it cannot be imported. */
export function inputProblems(mapped: MappedService): string[] {
  const r = createAssetInput.safeParse(mapped.input);
  return r.success ? [] : describeIssues(r.error);
}
