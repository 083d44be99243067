import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../taxonomy.ts';
import {
  checkServices,
  inputProblems,
  mapService,
  readCsvFolder,
  scheduleFromHsds,
  servicesFromJson,
  servicesFromTables,
} from './from-hsds.ts';
import {
  hsdsLocation,
  hsdsOrganization,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsTaxonomyTerm,
} from './hsds-schemas.ts';
import { hsdsDataOrSkip, sampleAsset } from './hsds-test-data.ts';
import { toHsdsService } from './to-hsds.ts';

const example = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, 'examples', name), 'utf8'));

describe('our zod schemas for HSDS', () => {
  it('accept the official examples', () => {
    const dir = hsdsDataOrSkip();
    if (!dir) return;
    expect(hsdsService.safeParse(example(dir, 'service_full.json')).success).toBe(true);
    for (const s of example(dir, 'service_list.json').contents)
      expect(hsdsService.safeParse(s).success).toBe(true);
    for (const o of example(dir, 'organization_list.json').contents)
      expect(hsdsOrganization.safeParse(o).success).toBe(true);
    expect(hsdsLocation.safeParse(example(dir, 'location.json')).success).toBe(true);
    for (const s of example(dir, 'service_at_location_list.json').contents)
      expect(hsdsServiceAtLocation.safeParse(s).success).toBe(true);
    for (const x of example(dir, 'taxonomy_term_list.json').contents)
      expect(hsdsTaxonomyTerm.safeParse(x).success).toBe(true);
    const tabular = checkServices(servicesFromTables(readCsvFolder(join(dir, 'examples/csv'))));
    expect(tabular.invalid).toEqual([]);
    expect(tabular.services.map((s) => s.name)).toEqual(['Community Counselling']);
    expect(checkServices(servicesFromJson(example(dir, 'tabular.json'))).services).toHaveLength(1);
  });

  it('name the missing required fields', () => {
    const r = checkServices([{ id: 'x', name: '', status: 'open' }]);
    expect(r.invalid).toEqual([{ ref: 'x', reason: expect.stringContaining('name: required') }]);
    expect(r.invalid[0]?.reason).toContain('status');
  });
});

describe('mapping HSDS to our assets', () => {
  it('maps a weekly schedule to a wall-clock start and an RRULE', () => {
    expect(
      scheduleFromHsds({
        id: 's',
        freq: 'WEEKLY',
        byday: 'TU,TH',
        dtstart: '2026-02-03',
        opens_at: '09:30',
        closes_at: '12:00',
      }),
    ).toEqual({ start: '2026-02-03T09:30', durationMinutes: 150, rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' });
    // Without a first date or an opening time there is no schedule of ours.
    expect(scheduleFromHsds({ id: 's', freq: 'WEEKLY', byday: 'TU' })).toBeNull();
  });

  it('round-trips our own export: the same content comes back', () => {
    const asset = sampleAsset();
    const org = {
      id: asset.ownerOrganisationId ?? '',
      name: 'Bibliotheek Voorbeeld',
      description: '',
      email: null,
      website: null,
      phone: null,
    };
    const exported = toHsdsService(asset, {
      municipalityId: 'm',
      organisations: new Map([[org.id, org]]),
      terms: defaultTaxonomy,
      places: new Map(),
    });
    const parsed = hsdsService.parse(JSON.parse(JSON.stringify(exported)));
    const mapped = mapService(parsed, defaultTaxonomy);
    expect(inputProblems(mapped)).toEqual([]);
    expect(mapped.organisation?.name).toBe('Bibliotheek Voorbeeld');
    expect(mapped.input).toMatchObject({
      title: asset.title,
      themes: asset.themes,
      targetGroups: asset.targetGroups,
      abcdCategories: asset.abcdCategories,
      locationType: 'address',
      address: { street: 'Stationsplein 1', postalCode: '9999 AA', city: 'Voorbeeld' },
      point: asset.point,
      languages: asset.languages,
    });
    expect(mapped.input.schedules).toEqual([
      { start: '2026-01-06T10:00', durationMinutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231' },
    ]);
  });

  it('keeps the official example importable: foreign address and bad coordinates become the area', () => {
    const dir = hsdsDataOrSkip();
    if (!dir) return;
    const mapped = mapService(hsdsService.parse(example(dir, 'service_full.json')), defaultTaxonomy);
    expect(inputProblems(mapped)).toEqual([]);
    expect(mapped.input).toMatchObject({ locationType: 'area', point: null, costFree: false });
  });
});
