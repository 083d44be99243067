import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireOrSkip } from '../../../../test/test-app.ts';
import type { Asset } from '../asset.ts';
import { loadOfficialSchemas, type OfficialSchemas } from './hsds-schemas.ts';

// Helpers for the HSDS tests (not a test file itself): the official HSDS 3.0 files live outside
// the repository, in ../shared/data/hsds-3.0.

export const hsdsDataDir = join(process.cwd(), '../shared/data/hsds-3.0');

/** The official schemas, or null (test skipped; an error when CI or WIJKWERK_REQUIRE_ALL is set). */
export function officialSchemasOrSkip(): OfficialSchemas | null {
  const dir = join(hsdsDataDir, 'schema');
  if (requireOrSkip(existsSync(dir) ? null : `HSDS 3.0 schemas in ${dir}`)) return null;
  return loadOfficialSchemas(dir);
}

export function hsdsDataOrSkip(): string | null {
  return requireOrSkip(existsSync(hsdsDataDir) ? null : `HSDS 3.0 data in ${hsdsDataDir}`)
    ? null
    : hsdsDataDir;
}

/** A published, publicly visible asset to map; override what a test needs. */
export function sampleAsset(over: Partial<Asset> = {}): Asset {
  const now = new Date('2026-03-01T10:00:00Z');
  return {
    id: '0b8f6a52-2d4c-4d7e-9c55-1f6f7a3e2b10',
    kind: 'activity',
    formality: 'formal',
    title: 'Taalcafé',
    summary: 'Samen Nederlands oefenen',
    description: 'Elke dinsdag in de bibliotheek.',
    areaId: 'a1',
    area: { id: 'a1', code: 'BU99990101', name: 'Centrum-Noord', path: 'gm.wk01.bu01' },
    ownerOrganisationId: '5d1e0c3e-8d2a-4b8b-9a49-6c2b7f9c1a01',
    ownerOrganisationName: 'Bibliotheek Voorbeeld',
    ownerPersonId: null,
    themes: ['taal-en-leren'],
    targetGroups: ['nieuwkomers'],
    abcdCategories: ['associations'],
    locationType: 'address',
    address: { street: 'Stationsplein 1', postalCode: '9999 AA', city: 'Voorbeeld' },
    point: { lat: 52.1, lon: 5.1 },
    onlineUrl: null,
    schedules: [
      {
        start: '2026-01-06T10:00',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z',
      },
    ],
    scheduleNote: 'Niet in schoolvakanties',
    costFree: true,
    costText: null,
    languages: ['nl', 'ar'],
    accessibility: ['wheelchair', 'hearing_loop'],
    contact: [
      { type: 'email', value: 'taalcafe@bibliotheek.example' },
      { type: 'phone', value: '+31 30 123 4567' },
      { type: 'website', value: 'https://bibliotheek.example/taalcafe' },
    ],
    photoUrl: null,
    photoAlt: null,
    validFrom: null,
    validUntil: null,
    links: [],
    status: 'published',
    currentRevisionId: null,
    revisionCount: 1,
    lastVerifiedAt: now,
    lastVerifiedLabel: 'test',
    freshness: 'fresh',
    hiddenForReports: false,
    expired: false,
    publicationConsent: false,
    publiclyVisible: true,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}
