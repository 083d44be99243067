import type { CategoryAttribute, Decision, ItemStatus } from '../initiatives.tables.ts';
import { endOfDayAmsterdam, type Open311Record, parseW3Datetime, w3Amsterdam } from './open311-format.ts';

// How our items, kinds and categories appear in GeoReport v2, and how a POSTed request is read.
// Pure functions: the services fetch, these shape. Field names are the spec's.

export const georeportSpecification = 'http://wiki.open311.org/GeoReport_v2';

export type Open311Status = 'open' | 'closed';

/**
 * open/closed: closed once nothing more will be done — done, cancelled, or decided with a
 * rejection or a referral (the answer is final). A granted decision is still open: the work
 * follows (in_execution → done).
 */
export function open311Status(status: ItemStatus, decision: Decision | null): Open311Status {
  if (status === 'done' || status === 'cancelled') return 'closed';
  if (status === 'decided' && (decision === 'rejected' || decision === 'referred')) return 'closed';
  return 'open';
}

// ---- services ----

export interface ServiceView {
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  attributes: CategoryAttribute[];
}

export function serviceJson(s: ServiceView): Open311Record {
  return {
    service_code: s.code,
    service_name: s.name,
    description: s.description,
    metadata: s.attributes.length > 0,
    type: 'realtime',
    keywords: s.keywords.join(', '),
    group: s.group,
  };
}

const datatypeDescriptions: Partial<Record<CategoryAttribute['datatype'], { nl: string; en: string }>> = {
  datetime: {
    nl: 'Datum en tijd volgens ISO 8601, bijvoorbeeld 2026-05-01T14:30:00+02:00.',
    en: 'Date and time in ISO 8601, for example 2026-05-01T14:30:00+02:00.',
  },
  number: { nl: 'Een getal, bijvoorbeeld 3 of 2.5.', en: 'A number, for example 3 or 2.5.' },
  multivaluelist: {
    nl: 'Een of meer sleutels uit de lijst (attribute[code][]=sleutel).',
    en: 'One or more keys from the list (attribute[code][]=key).',
  },
  singlevaluelist: { nl: 'Eén sleutel uit de lijst.', en: 'One key from the list.' },
};

export function serviceDefinitionJson(
  code: string,
  attributes: CategoryAttribute[],
  locale: 'nl' | 'en',
): Open311Record {
  return {
    service_code: code,
    attributes: attributes.map((a, i) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: datatypeDescriptions[a.datatype]?.[locale] ?? null,
      order: i + 1,
      description: locale === 'en' && a.descriptionEn ? a.descriptionEn : a.description,
      values: (a.values ?? []).map((v) => ({ key: v.key, name: v.name })),
    })),
  };
}

// ---- service requests ----

export interface RequestView {
  id: string;
  reference: string;
  status: ItemStatus;
  decision: Decision | null;
  serviceCode: string;
  serviceName: string;
  serviceNotice: string | null;
  description: string;
  agencyResponsible: string;
  statusNotes: string | null;
  receivedAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  decidedAt: Date | null;
  deadlineOn: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  mediaUrl: string | null;
}

/**
 * full: the caller may read the item (an API key of staff who handle it): the description, the
 * address, the exact point and what the resident was told. Otherwise the published summary: no
 * text from the resident, no address, the point rounded to 3 decimals (~100 m), like the public map.
 */
export function requestJson(v: RequestView, full: boolean): Open311Record {
  const status = open311Status(v.status, v.decision);
  const closedAt = status === 'closed' ? (v.closedAt ?? v.decidedAt ?? v.updatedAt) : null;
  const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);
  return {
    service_request_id: v.reference,
    status,
    status_notes: full ? v.statusNotes : null,
    service_name: v.serviceName,
    service_code: v.serviceCode,
    description: full ? v.description : null,
    agency_responsible: v.agencyResponsible,
    service_notice: v.serviceNotice,
    requested_datetime: w3Amsterdam(v.receivedAt),
    updated_datetime: w3Amsterdam(closedAt ?? v.updatedAt),
    expected_datetime: endOfDayAmsterdam(v.deadlineOn),
    address: full ? v.address : null,
    address_id: null,
    zipcode: null,
    lat: full ? v.lat : round(v.lat),
    long: full ? v.lon : round(v.lon),
    media_url: full ? v.mediaUrl : null,
  };
}

// ---- reading the query of GET requests ----

export interface RequestQuery {
  references: string[] | null;
  serviceCodes: string[] | null;
  from: Date;
  to: Date;
  statuses: Open311Status[] | null;
}

export type QueryProblem = { key: string; params?: Record<string, string | number> };

const ninetyDays = 90 * 86_400_000;
const list = (v: string | undefined) =>
  v === undefined || v.trim() === ''
    ? null
    : v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');

/** The spec's filters with its defaults: the last 90 days; a range may not span more than 90 days. */
export function readRequestQuery(
  q: Record<string, string | undefined>,
  now: Date,
): { ok: true; query: RequestQuery } | { ok: false; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const references = list(q.service_request_id);
  const serviceCodes = list(q.service_code);
  const statusList = list(q.status);
  let statuses: Open311Status[] | null = null;
  if (statusList) {
    const bad = statusList.filter((s) => s !== 'open' && s !== 'closed');
    if (bad.length)
      problems.push({ key: 'initiatives.open311.error.status', params: { value: bad.join(',') } });
    statuses = statusList.filter((s): s is Open311Status => s === 'open' || s === 'closed');
  }
  const parseDate = (name: 'start_date' | 'end_date') => {
    const raw = q[name];
    if (raw === undefined || raw.trim() === '') return null;
    const d = parseW3Datetime(raw);
    if (!d) problems.push({ key: 'initiatives.open311.error.date', params: { field: name } });
    return d;
  };
  const start = parseDate('start_date');
  const end = parseDate('end_date');
  let from: Date;
  let to: Date;
  if (start && end) {
    from = start;
    to = end;
  } else if (start) {
    from = start;
    to = new Date(Math.min(start.getTime() + ninetyDays, now.getTime()));
  } else if (end) {
    to = end;
    from = new Date(end.getTime() - ninetyDays);
  } else {
    to = now;
    from = new Date(now.getTime() - ninetyDays);
  }
  if (start && end) {
    if (end.getTime() < start.getTime()) problems.push({ key: 'initiatives.open311.error.dateOrder' });
    else if (end.getTime() - start.getTime() > ninetyDays)
      problems.push({ key: 'initiatives.open311.error.span' });
  }
  if (references && references.length > 1000) problems.push({ key: 'initiatives.open311.error.tooMany' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, query: { references, serviceCodes, from, to, statuses } };
}

// ---- reading a POSTed service request ----

export interface Open311Submission {
  serviceCode: string;
  lat: number | null;
  lon: number | null;
  addressString: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  description: string;
  mediaUrl: string | null;
  /** attribute[code]=v and attribute[code][]=v1&attribute[code][]=v2, as sent. */
  attributes: Record<string, string[]>;
}

const text = (params: URLSearchParams, name: string, max: number): string | null => {
  const v = params.get(name);
  if (v === null) return null;
  const t = v.trim();
  return t === '' ? null : t.slice(0, max);
};

/** The form fields of POST requests; problems are the spec's 400s (missing service code, location). */
export function readSubmission(
  params: URLSearchParams,
): { ok: true; submission: Open311Submission } | { ok: false; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const serviceCode = text(params, 'service_code', 200);
  if (!serviceCode) problems.push({ key: 'initiatives.open311.error.serviceCodeMissing' });
  const latRaw = text(params, 'lat', 40);
  const lonRaw = text(params, 'long', 40);
  const addressString = text(params, 'address_string', 300);
  const addressId = text(params, 'address_id', 200);
  let lat: number | null = null;
  let lon: number | null = null;
  if (latRaw !== null || lonRaw !== null) {
    const la = Number(latRaw);
    const lo = Number(lonRaw);
    if (
      latRaw === null ||
      lonRaw === null ||
      !Number.isFinite(la) ||
      !Number.isFinite(lo) ||
      Math.abs(la) > 90 ||
      Math.abs(lo) > 180
    )
      problems.push({ key: 'initiatives.open311.error.latLong' });
    else {
      lat = la;
      lon = lo;
    }
  }
  if (lat === null && addressString === null && !problems.some((p) => p.key.endsWith('latLong'))) {
    problems.push({
      key: addressId ? 'initiatives.open311.error.addressId' : 'initiatives.open311.error.locationMissing',
    });
  }
  const description = params.get('description') ?? '';
  if (description.length > 4000) problems.push({ key: 'initiatives.open311.error.descriptionLength' });
  if (/<[a-z!/][^>]*>/i.test(description))
    problems.push({ key: 'initiatives.open311.error.descriptionHtml' });
  const email = text(params, 'email', 254);
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push({ key: 'initiatives.open311.error.email' });
  const mediaUrl = text(params, 'media_url', 2000);
  if (mediaUrl !== null && !/^https?:\/\/\S+$/i.test(mediaUrl))
    problems.push({ key: 'initiatives.open311.error.mediaUrl' });
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of params) {
    const m = key.match(/^attribute\[([^\]]+)\](\[\])?$/);
    if (!m?.[1]) continue;
    const code = m[1];
    attributes[code] ??= [];
    if (value.trim() !== '') attributes[code].push(value.trim().slice(0, 1000));
  }
  if (problems.length || !serviceCode) return { ok: false, problems };
  return {
    ok: true,
    submission: {
      serviceCode,
      lat,
      lon,
      addressString,
      email,
      firstName: text(params, 'first_name', 100),
      lastName: text(params, 'last_name', 100),
      phone: text(params, 'phone', 40),
      description: description.trim(),
      mediaUrl,
      attributes,
    },
  };
}

/**
 * Checks the attribute answers against the service definition: required ones present, list
 * values among the keys, numbers and datetimes readable. Unknown codes are ignored (the spec
 * lets a definition change under a client).
 */
export function checkAttributes(
  definition: CategoryAttribute[],
  sent: Record<string, string[]>,
): { ok: true; values: Record<string, unknown> } | { ok: false; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const a of definition) {
    const given = sent[a.code] ?? [];
    if (given.length === 0) {
      if (a.required)
        problems.push({ key: 'initiatives.open311.error.attributeRequired', params: { code: a.code } });
      continue;
    }
    const keys = new Set((a.values ?? []).map((v) => v.key));
    const invalid = () =>
      problems.push({ key: 'initiatives.open311.error.attributeInvalid', params: { code: a.code } });
    switch (a.datatype) {
      case 'multivaluelist':
        if (given.some((g) => !keys.has(g))) invalid();
        else values[a.code] = [...new Set(given)];
        break;
      case 'singlevaluelist':
        if (given.length !== 1 || !keys.has(given[0] as string)) invalid();
        else values[a.code] = given[0];
        break;
      case 'number': {
        const n = Number(given[0]);
        if (given.length !== 1 || !Number.isFinite(n)) invalid();
        else values[a.code] = n;
        break;
      }
      case 'datetime': {
        const d = given.length === 1 ? parseW3Datetime(given[0] as string) : null;
        if (!d) invalid();
        else values[a.code] = d.toISOString();
        break;
      }
      default:
        if (given.length !== 1) invalid();
        else values[a.code] = a.datatype === 'string' ? (given[0] as string).replace(/\s+/g, ' ') : given[0];
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, values };
}

/** A title for the item: the first line of the description, else the service's name. */
export function titleFrom(description: string, serviceName: string): string {
  const first = description.split(/\r?\n/)[0]?.trim() ?? '';
  if (first === '') return serviceName;
  return first.length > 80 ? `${first.slice(0, 77).trimEnd()}…` : first;
}
