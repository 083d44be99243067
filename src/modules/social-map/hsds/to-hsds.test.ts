import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../taxonomy.ts';
import { officialSchemasOrSkip, sampleAsset } from './hsds-test-data.ts';
import {
  type ExportData,
  isExportable,
  stableUuid,
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsSchedule,
  toHsdsService,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './to-hsds.ts';

const municipalityId = '11111111-1111-4111-8111-111111111111';
const org = {
  id: '5d1e0c3e-8d2a-4b8b-9a49-6c2b7f9c1a01',
  name: 'Bibliotheek Voorbeeld',
  description: 'De bibliotheek',
  email: 'info@bibliotheek.example',
  website: 'https://bibliotheek.example',
  phone: '030 1234567',
};
const place = sampleAsset({
  id: '7a7a7a7a-1111-4222-8333-444455556666',
  kind: 'place',
  title: 'Bibliotheek Centrum',
  schedules: [{ start: '2026-01-05T09:00', durationMinutes: 480, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
});
const data: ExportData = {
  municipalityId,
  organisations: new Map([[org.id, org]]),
  terms: defaultTaxonomy,
  places: new Map([[place.id, place]]),
};

describe('to-hsds', () => {
  it('derives stable, well-formed UUIDs', () => {
    const a = stableUuid('x', 'location');
    expect(a).toBe(stableUuid('x', 'location'));
    expect(a).not.toBe(stableUuid('y', 'location'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('maps a weekly activity to iCal schedule fields', () => {
    const s = toHsdsSchedule(
      {
        start: '2026-01-06T10:00',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z',
      },
      'id',
      { service_id: 's' },
    );
    expect(s).toMatchObject({
      freq: 'WEEKLY',
      byday: 'TU',
      dtstart: '2026-01-06',
      until: '2026-12-31',
      opens_at: '10:00',
      closes_at: '11:30',
      wkst: 'MO',
      interval: 1,
    });
    const monthly = toHsdsSchedule(
      { start: '2026-01-13T19:00', durationMinutes: 60, rrule: 'FREQ=MONTHLY;BYDAY=2TU' },
      'id',
      {},
    );
    expect(monthly).toMatchObject({ freq: 'MONTHLY', byday: '2TU' });
    const daily = toHsdsSchedule(
      { start: '2026-01-13T19:00', durationMinutes: 60, rrule: 'FREQ=DAILY' },
      'id',
      {},
    );
    expect(daily.freq).toBeUndefined();
    expect(daily.description).toContain('FREQ=DAILY');
  });

  it('maps a service with organisation, contact, languages, terms and its location', () => {
    const s = toHsdsService(sampleAsset({ links: [{ relation: 'located_at', assetId: place.id }] }), data);
    expect(s).toMatchObject({
      name: 'Taalcafé',
      status: 'active',
      email: 'taalcafe@bibliotheek.example',
      url: 'https://bibliotheek.example/taalcafe',
      organization_id: org.id,
    });
    expect((s.phones as unknown[]).length).toBe(1);
    expect((s.languages as Array<{ code: string }>).map((l) => l.code)).toEqual(['nl', 'ar']);
    const attributes = s.attributes as Array<{ taxonomy_term: { code: string; taxonomy: string } }>;
    expect(attributes.map((a) => `${a.taxonomy_term.taxonomy}/${a.taxonomy_term.code}`)).toEqual([
      'wijkwerk:theme/taal-en-leren',
      'wijkwerk:target_group/nieuwkomers',
      'wijkwerk:abcd/associations',
    ]);
    const sals = s.service_at_locations as Array<{ location: { name: string } }>;
    expect(sals.map((x) => x.location.name)).toEqual(['Taalcafé (Centrum-Noord)', 'Bibliotheek Centrum']);
  });

  it('never exports key persons or what the public does not see', () => {
    expect(isExportable(sampleAsset())).toBe(true);
    expect(isExportable(sampleAsset({ kind: 'key_person', publicationConsent: true }))).toBe(false);
    expect(isExportable(sampleAsset({ status: 'pending' }))).toBe(false);
    expect(isExportable(sampleAsset({ publiclyVisible: false }))).toBe(false);
  });

  it('produces objects that validate against the official HSDS 3.0 schemas', () => {
    const schemas = officialSchemasOrSkip();
    if (!schemas) return;
    const service = toHsdsService(
      sampleAsset({ links: [{ relation: 'located_at', assetId: place.id }] }),
      data,
    );
    expect(schemas.validate('service', service)).toEqual([]);
    const online = toHsdsService(
      sampleAsset({
        locationType: 'online',
        address: null,
        point: null,
        onlineUrl: 'https://meet.example/x',
      }),
      data,
    );
    expect(schemas.validate('service', online)).toEqual([]);
    expect(schemas.validate('organization', toHsdsOrganization(org))).toEqual([]);
    const location = toHsdsLocation(place, org.id);
    expect(schemas.validate('location', location)).toEqual([]);
    for (const sal of service.service_at_locations as unknown[]) {
      expect(schemas.validate('service_at_location', sal)).toEqual([]);
    }
    for (const schedule of service.schedules as unknown[]) {
      expect(schemas.validate('schedule', schedule)).toEqual([]);
    }
    const term = defaultTaxonomy[0];
    if (!term) throw new Error('no terms');
    expect(schemas.validate('taxonomy_term', toHsdsTaxonomyTerm(municipalityId, term))).toEqual([]);
    expect(schemas.validate('taxonomy', toHsdsTaxonomy(municipalityId, 'abcd'))).toEqual([]);
    // The validator does reject what breaks the schema.
    expect(schemas.validate('service', { id: 'x', name: 'n' }).length).toBeGreaterThan(0);
  });
});
