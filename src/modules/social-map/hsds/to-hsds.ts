import { createHash } from 'node:crypto';
import type { Asset, ContactChannel } from '../asset.ts';
import { formatUntil, parseRrule, WEEKDAYS } from '../schedule/rrule.ts';
import type { Schedule } from '../schedule/schedule.ts';
import type { Term, Vocabulary } from '../taxonomy.ts';

// Our social map as Open Referral HSDS 3.0 objects. Pure functions: the caller loads the assets,
// organisations and terms. Offerings, activities and groups become services; places become
// locations; key persons are never exported, nor anything the public does not see.

export type HsdsObject = Record<string, unknown>;

export interface ExportOrganisation {
  id: string;
  name: string;
  description: string;
  email: string | null;
  website: string | null;
  phone: string | null;
}

export interface ExportData {
  municipalityId: string;
  organisations: ReadonlyMap<string, ExportOrganisation>;
  terms: readonly Term[];
  /** Places by id, for services located at a place. */
  places: ReadonlyMap<string, Asset>;
}

const HSDS_NAMESPACE = 'wijkwerk-hsds-3.0';

/** A stable name-based UUID (version 5 layout over SHA-1): the same parts give the same id. */
export function stableUuid(...parts: string[]): string {
  const hash = createHash('sha1')
    .update([HSDS_NAMESPACE, ...parts].join('\u0000'))
    .digest();
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const serviceKinds = new Set(['offering', 'activity', 'group']);

/** Only what everyone may see, and never a key person. */
export function isExportable(asset: Asset): boolean {
  return asset.kind !== 'key_person' && asset.status === 'published' && asset.publiclyVisible;
}

export const vocabularyNames: Record<Vocabulary, { name: string; description: string }> = {
  theme: { name: 'Wijkwerk thema', description: 'Thema’s van de sociale kaart' },
  target_group: { name: 'Wijkwerk doelgroep', description: 'Doelgroepen van de sociale kaart' },
  abcd: {
    name: 'ABCD-categorie',
    description: 'De zes soorten assets van Asset-Based Community Development',
  },
};

/** The taxonomy_term.taxonomy value the import recognises as ours. */
export function taxonomyKey(vocabulary: Vocabulary): string {
  return `wijkwerk:${vocabulary}`;
}

export function toHsdsTaxonomy(municipalityId: string, vocabulary: Vocabulary): HsdsObject {
  return {
    id: stableUuid(municipalityId, 'taxonomy', vocabulary),
    name: vocabularyNames[vocabulary].name,
    description: vocabularyNames[vocabulary].description,
    version: '1',
  };
}

export function toHsdsTaxonomyTerm(municipalityId: string, term: Term): HsdsObject {
  return {
    id: stableUuid(municipalityId, 'term', term.vocabulary, term.code),
    code: term.code,
    name: term.labelNl,
    description: term.labelEn,
    taxonomy: taxonomyKey(term.vocabulary),
    taxonomy_id: stableUuid(municipalityId, 'taxonomy', term.vocabulary),
    language: 'nl',
  };
}

export function toHsdsOrganization(org: ExportOrganisation): HsdsObject {
  const out: HsdsObject = { id: org.id, name: org.name, description: org.description };
  if (org.email) out.email = org.email;
  if (org.website && /^https?:\/\//.test(org.website)) out.website = org.website;
  if (org.phone) out.phones = [{ id: stableUuid(org.id, 'phone'), number: org.phone }];
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

function minutesToTime(total: number): string {
  const m = ((total % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** One of our schedules as an HSDS schedule (iCal fields where HSDS has them). */
export function toHsdsSchedule(schedule: Schedule, id: string, link: HsdsObject): HsdsObject {
  const out: HsdsObject = { id, ...link };
  const date = schedule.start.slice(0, 10);
  out.dtstart = date;
  out.valid_from = date;
  if (!schedule.allDay && schedule.start.length >= 16) {
    const [h, m] = schedule.start.slice(11, 16).split(':').map(Number);
    const opens = (h ?? 0) * 60 + (m ?? 0);
    out.opens_at = minutesToTime(opens);
    out.closes_at = minutesToTime(opens + schedule.durationMinutes);
  }
  if (schedule.rrule) {
    const parsed = parseRrule(schedule.rrule);
    if (parsed.ok && (parsed.rule.freq === 'WEEKLY' || parsed.rule.freq === 'MONTHLY')) {
      const r = parsed.rule;
      out.freq = r.freq;
      out.interval = r.interval;
      out.wkst = WEEKDAYS[r.wkst];
      if (r.byDay?.length) {
        out.byday = r.byDay.map((d) => `${d.nth === 0 ? '' : d.nth}${WEEKDAYS[d.weekday]}`).join(',');
      }
      if (r.byMonthDay?.length) out.bymonthday = r.byMonthDay.join(',');
      if (r.count !== undefined) out.count = r.count;
      if (r.until) {
        const u = formatUntil(r.until);
        out.until = `${u.slice(0, 4)}-${u.slice(4, 6)}-${u.slice(6, 8)}`;
        out.valid_to = out.until;
      }
    } else {
      // HSDS knows only weekly and monthly series; say the rest in words.
      out.description = `RRULE:${schedule.rrule}`;
    }
  } else {
    out.valid_to = date;
  }
  return out;
}

function phonesOf(contact: ContactChannel[], ownerId: string): HsdsObject[] {
  return contact
    .filter((c) => c.type === 'phone' || c.type === 'whatsapp')
    .map((c, i) => ({
      id: stableUuid(ownerId, 'phone', String(i)),
      number: c.value,
      type: c.type === 'whatsapp' ? 'text' : 'voice',
    }));
}

const firstOf = (contact: ContactChannel[], type: ContactChannel['type']) =>
  contact.find((c) => c.type === type)?.value;

/** The location of a place, or of a service with its own address, point or web address. */
export function toHsdsLocation(asset: Asset, organisationId?: string | null): HsdsObject | null {
  if (asset.locationType === 'none') return null;
  if (asset.locationType === 'area' && !asset.point) return null;
  const id = stableUuid(asset.id, 'location');
  const out: HsdsObject = {
    id,
    location_type: asset.locationType === 'online' ? 'virtual' : 'physical',
    name: asset.kind === 'place' ? asset.title : `${asset.title} (${asset.area.name})`,
  };
  if (asset.kind === 'place' && asset.summary) out.description = asset.summary;
  if (organisationId) out.organization_id = organisationId;
  if (asset.locationType === 'online' && asset.onlineUrl) out.url = asset.onlineUrl;
  if (asset.point) {
    out.latitude = asset.point.lat;
    out.longitude = asset.point.lon;
  }
  if (asset.address) {
    out.addresses = [
      {
        id: stableUuid(asset.id, 'address'),
        location_id: id,
        address_1: asset.address.street,
        city: asset.address.city,
        state_province: '',
        postal_code: asset.address.postalCode,
        country: 'NL',
        address_type: 'physical',
      },
    ];
  }
  if (asset.accessibility.length) {
    out.accessibility = asset.accessibility.map((feature) => ({
      id: stableUuid(asset.id, 'accessibility', feature),
      location_id: id,
      description: feature,
    }));
  }
  if (asset.kind === 'place') {
    const phones = phonesOf(asset.contact, id);
    if (phones.length) out.phones = phones;
    if (asset.schedules.length) {
      out.schedules = asset.schedules.map((s, i) =>
        toHsdsSchedule(s, stableUuid(asset.id, 'schedule', String(i)), { location_id: id }),
      );
    }
  }
  return out;
}

/** Attributes linking a service to the taxonomy terms of its themes, target groups and ABCD categories. */
function attributesOf(asset: Asset, data: ExportData): HsdsObject[] {
  const out: HsdsObject[] = [];
  const add = (vocabulary: Vocabulary, codes: string[]) => {
    for (const code of codes) {
      const term = data.terms.find((t) => t.vocabulary === vocabulary && t.code === code);
      if (!term) continue;
      const taxonomyTerm = toHsdsTaxonomyTerm(data.municipalityId, term);
      out.push({
        id: stableUuid(asset.id, 'attribute', vocabulary, code),
        link_id: asset.id,
        link_type: 'service',
        link_entity: 'service',
        taxonomy_term_id: taxonomyTerm.id,
        taxonomy_term: taxonomyTerm,
      });
    }
  };
  add('theme', asset.themes);
  add('target_group', asset.targetGroups);
  add('abcd', asset.abcdCategories);
  return out;
}

export function toHsdsServiceAtLocations(asset: Asset, data: ExportData): HsdsObject[] {
  const out: HsdsObject[] = [];
  const own = toHsdsLocation(asset, asset.ownerOrganisationId);
  if (own)
    out.push({
      id: stableUuid(asset.id, 'sal', asset.id),
      service_id: asset.id,
      location_id: own.id,
      location: own,
    });
  for (const link of asset.links) {
    if (link.relation !== 'located_at') continue;
    const place = data.places.get(link.assetId);
    if (!place || !isExportable(place)) continue;
    const location = toHsdsLocation(place, place.ownerOrganisationId);
    if (!location) continue;
    out.push({
      id: stableUuid(asset.id, 'sal', place.id),
      service_id: asset.id,
      location_id: location.id,
      location,
    });
  }
  return out;
}

/** A service with its nested objects (the HSDS "full service"). */
export function toHsdsService(asset: Asset, data: ExportData): HsdsObject {
  const out: HsdsObject = {
    id: asset.id,
    name: asset.title,
    description: [asset.summary, asset.description].filter(Boolean).join('\n\n'),
    status: 'active',
    last_modified: asset.updatedAt.toISOString(),
  };
  const org = asset.ownerOrganisationId ? data.organisations.get(asset.ownerOrganisationId) : undefined;
  if (org) {
    out.organization_id = org.id;
    out.organization = toHsdsOrganization(org);
  }
  const url = firstOf(asset.contact, 'website') ?? (asset.locationType === 'online' ? asset.onlineUrl : null);
  if (url) out.url = url;
  const email = firstOf(asset.contact, 'email');
  if (email) out.email = email;
  if (!asset.costFree && asset.costText) out.fees_description = asset.costText;
  if (asset.scheduleNote) out.alert = asset.scheduleNote;
  out.phones = phonesOf(asset.contact, asset.id);
  out.schedules = asset.schedules.map((s, i) =>
    toHsdsSchedule(s, stableUuid(asset.id, 'schedule', String(i)), { service_id: asset.id }),
  );
  out.languages = asset.languages.map((code) => ({
    id: stableUuid(asset.id, 'language', code),
    service_id: asset.id,
    code,
  }));
  out.service_at_locations = toHsdsServiceAtLocations(asset, data);
  out.attributes = attributesOf(asset, data);
  return out;
}
