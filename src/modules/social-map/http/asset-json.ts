import { z } from '@hono/zod-openapi';
import {
  type Asset,
  accessibilityFeatures,
  assetKinds,
  assetStatuses,
  contactTypes,
  type FieldChange,
  formalities,
  linkRelations,
  locationTypes,
  type WriteOutcome,
} from '../asset.ts';
import type { RevisionWithChanges } from '../list-revisions.ts';
import type { SearchHit } from '../search/search-assets.ts';
import { apiBase } from './social-map-http.ts';

// The JSON shapes of assets, search hits, revisions and write results in the API, with their
// OpenAPI schemas. Dates go out as ISO 8601 strings; the services' own types never leak as rows.

const href = z.object({ href: z.string() });

export const areaRefSchema = z
  .object({ code: z.string().openapi({ example: 'BU99990102' }), name: z.string() })
  .openapi('SocialMapAreaRef');

const addressSchema = z
  .object({ street: z.string(), postalCode: z.string(), city: z.string() })
  .openapi({ example: { street: 'Havenstraat 3', postalCode: '9999 AB', city: 'Voorbeeld' } });
const pointSchema = z
  .object({ lat: z.number(), lon: z.number() })
  .openapi({ example: { lat: 52.0912, lon: 5.1212 } });

export const scheduleJsonSchema = z
  .object({
    start: z.string().openapi({
      description: "Wall-clock time in Europe/Amsterdam 'YYYY-MM-DDTHH:mm' (or 'YYYY-MM-DD' when allDay).",
      example: '2026-01-06T10:00',
    }),
    durationMinutes: z.number().int(),
    allDay: z.boolean().optional(),
    rrule: z.string().optional().openapi({ example: 'FREQ=WEEKLY;BYDAY=TU' }),
    exdates: z.array(z.string()).optional(),
    overrides: z
      .array(
        z.object({
          recurrenceId: z.string(),
          start: z.string().optional(),
          durationMinutes: z.number().int().optional(),
          cancelled: z.boolean().optional(),
          note: z.string().optional(),
        }),
      )
      .optional(),
  })
  .openapi('SocialMapSchedule', {
    description: 'When it takes place: an RFC 5545 recurrence in local time, with exceptions.',
  });

const contactSchema = z
  .object({ type: z.enum(contactTypes), value: z.string() })
  .openapi('SocialMapContact', { example: { type: 'phone', value: '0999-123 400' } });

export const assetSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(assetKinds),
    formality: z.enum(formalities),
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    area: areaRefSchema,
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    themes: z.array(z.string()).openapi({ description: 'Theme codes (see /social-map/taxonomy).' }),
    targetGroups: z.array(z.string()),
    abcdCategories: z.array(z.string()),
    locationType: z.enum(locationTypes),
    address: addressSchema.nullable(),
    point: pointSchema.nullable(),
    onlineUrl: z.string().nullable(),
    schedules: z.array(scheduleJsonSchema),
    scheduleNote: z.string().nullable(),
    cost: z.object({ free: z.boolean(), text: z.string().nullable() }),
    languages: z.array(z.string()),
    accessibility: z.array(z.enum(accessibilityFeatures)),
    contact: z.array(contactSchema),
    photo: z.object({ url: z.string(), alt: z.string().nullable() }).nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    links: z.array(
      z.object({ relation: z.enum(linkRelations), assetId: z.uuid(), _links: z.object({ self: href }) }),
    ),
    status: z.enum(assetStatuses),
    freshness: z.object({
      state: z.enum(['fresh', 'due', 'possibly_outdated', 'hidden_stale']),
      lastVerifiedAt: z.string(),
    }),
    hiddenForReports: z.boolean(),
    expired: z.boolean(),
    publiclyVisible: z.boolean(),
    currentRevisionId: z.uuid().nullable().openapi({ description: 'Also the ETag of this representation.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    _links: z.object({ self: href, revisions: href }),
  })
  .openapi('SocialMapAsset');

export function assetJson(a: Asset) {
  return {
    id: a.id,
    kind: a.kind,
    formality: a.formality,
    title: a.title,
    summary: a.summary,
    description: a.description,
    area: { code: a.area.code, name: a.area.name },
    organisation:
      a.ownerOrganisationId && a.ownerOrganisationName
        ? { id: a.ownerOrganisationId, name: a.ownerOrganisationName }
        : null,
    themes: a.themes,
    targetGroups: a.targetGroups,
    abcdCategories: a.abcdCategories,
    locationType: a.locationType,
    address: a.address,
    point: a.point,
    onlineUrl: a.onlineUrl,
    schedules: a.schedules,
    scheduleNote: a.scheduleNote,
    cost: { free: a.costFree, text: a.costText },
    languages: a.languages,
    accessibility: a.accessibility,
    contact: a.contact,
    photo: a.photoUrl ? { url: a.photoUrl, alt: a.photoAlt } : null,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    links: a.links.map((l) => ({
      relation: l.relation,
      assetId: l.assetId,
      _links: { self: { href: `${apiBase}/assets/${l.assetId}` } },
    })),
    status: a.status,
    // Who verified stays out: for the public that is a name they do not need.
    freshness: { state: a.freshness, lastVerifiedAt: a.lastVerifiedAt.toISOString() },
    hiddenForReports: a.hiddenForReports,
    expired: a.expired,
    publiclyVisible: a.publiclyVisible,
    currentRevisionId: a.currentRevisionId,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    _links: {
      self: { href: `${apiBase}/assets/${a.id}` },
      revisions: { href: `${apiBase}/assets/${a.id}/revisions` },
    },
  };
}

export const searchHitSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(assetKinds),
    formality: z.enum(formalities),
    title: z.string(),
    summary: z.string(),
    area: areaRefSchema,
    organisationName: z.string().nullable(),
    themes: z.array(z.string()),
    targetGroups: z.array(z.string()),
    costFree: z.boolean(),
    accessibility: z.array(z.string()),
    locationType: z.enum(locationTypes),
    address: addressSchema.nullable(),
    point: pointSchema.nullable(),
    distanceKm: z.number().nullable().openapi({ description: 'Only when searching near a point.' }),
    score: z
      .number()
      .nullable()
      .openapi({ description: 'Only when searching with words; higher is better.' }),
    _links: z.object({ self: href }),
  })
  .openapi('SocialMapSearchHit');

export function searchHitJson(h: SearchHit) {
  return {
    id: h.id,
    kind: h.kind,
    formality: h.formality,
    title: h.title,
    summary: h.summary,
    area: { code: h.area.code, name: h.area.name },
    organisationName: h.organisationName,
    themes: h.themes,
    targetGroups: h.targetGroups,
    costFree: h.costFree,
    accessibility: h.accessibility,
    locationType: h.locationType,
    address: h.address,
    point: h.point,
    distanceKm: h.distanceKm,
    score: h.score,
    _links: { self: { href: `${apiBase}/assets/${h.id}` } },
  };
}

export const fieldChangeSchema = z
  .object({
    field: z.string().openapi({ example: 'title' }),
    before: z.unknown().openapi({ example: 'Breiclub' }),
    after: z.unknown().openapi({ example: 'Breiclub Noorderhof' }),
  })
  .openapi('SocialMapFieldChange', { description: 'One field of a diff: its value before and after.' });

export function changesJson(changes: FieldChange[]) {
  return changes.map((c) => ({ field: c.field, before: c.before, after: c.after }));
}

export const revisionStates = ['pending', 'to_check', 'approved', 'rejected'] as const;
const revisionSources = ['editor', 'organisation', 'contributor', 'public', 'restore', 'demo'] as const;

export const revisionSchema = z
  .object({
    id: z.uuid(),
    assetId: z.uuid(),
    number: z.number().int(),
    state: z.enum(revisionStates),
    source: z.enum(revisionSources),
    authorLabel: z.string(),
    changeNote: z.string(),
    restoredFromId: z.uuid().nullable(),
    reviewedByLabel: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    createdAt: z.string(),
    changes: z.array(fieldChangeSchema).openapi({ description: 'Compared with the revision before it.' }),
    _links: z.object({ restore: href }),
  })
  .openapi('SocialMapRevision');

export function revisionJson(r: RevisionWithChanges) {
  return {
    id: r.id,
    assetId: r.assetId,
    number: r.number,
    state: r.state,
    source: r.source,
    authorLabel: r.authorLabel,
    changeNote: r.changeNote,
    restoredFromId: r.restoredFromId,
    reviewedByLabel: r.reviewedByLabel,
    reviewedAt: r.reviewedAt ? r.reviewedAt.toISOString() : null,
    decisionReason: r.decisionReason,
    createdAt: r.createdAt.toISOString(),
    changes: changesJson(r.changes),
    _links: { restore: { href: `${apiBase}/revisions/${r.id}/restore` } },
  };
}

const outcomeDescription =
  'published: live at once; to_check: live, and an editor checks it afterwards (open policy); pending: waits in the moderation queue.';

export const writeResultSchema = z
  .object({
    assetId: z.uuid(),
    revisionId: z.uuid(),
    outcome: z.enum(['published', 'to_check', 'pending']).openapi({ description: outcomeDescription }),
    _links: z.object({ asset: href, revisions: href }),
  })
  .openapi('SocialMapWriteResult', {
    example: {
      assetId: '0b8e7c1e-4a43-4a55-9f43-2f0e9c2b1a10',
      revisionId: '5d1f2c3b-6a7e-4f80-9b1c-2d3e4f5a6b7c',
      outcome: 'pending',
      _links: {
        asset: { href: '/api/v1/social-map/assets/0b8e7c1e-4a43-4a55-9f43-2f0e9c2b1a10' },
        revisions: { href: '/api/v1/social-map/assets/0b8e7c1e-4a43-4a55-9f43-2f0e9c2b1a10/revisions' },
      },
    },
  });

export function writeResultJson(r: { assetId: string; revisionId: string; outcome: WriteOutcome }) {
  return {
    assetId: r.assetId,
    revisionId: r.revisionId,
    outcome: r.outcome,
    _links: {
      asset: { href: `${apiBase}/assets/${r.assetId}` },
      revisions: { href: `${apiBase}/assets/${r.assetId}/revisions` },
    },
  };
}
