import { describe, expect, it } from 'vitest';
import type { AssetContent } from './asset.ts';
import { emptyContent } from './asset-content.ts';
import { diffContent } from './revision-diff.ts';

const base: AssetContent = {
  ...emptyContent('activity', 'area-1'),
  title: 'Taalcafé',
  summary: 'Nederlands oefenen met koffie.',
  themes: ['taal-en-leren', 'ontmoeting'],
  address: { street: 'Kerkstraat 1', postalCode: '9999 AA', city: 'Voorbeeld' },
  locationType: 'address',
};

describe('diffContent', () => {
  it('lists exactly the changed fields with before and after', () => {
    const after = {
      ...base,
      summary: 'Nederlands oefenen, met koffie en thee.',
      costFree: false,
      costText: '€ 1',
    };
    expect(diffContent(base, after)).toEqual([
      {
        field: 'summary',
        before: 'Nederlands oefenen met koffie.',
        after: 'Nederlands oefenen, met koffie en thee.',
      },
      { field: 'costFree', before: true, after: false },
      { field: 'costText', before: null, after: '€ 1' },
    ]);
  });

  it('finds nothing between equal snapshots, whatever the key order of nested objects', () => {
    const reordered = {
      ...base,
      address: { city: 'Voorbeeld', postalCode: '9999 AA', street: 'Kerkstraat 1' },
    };
    expect(diffContent(base, reordered)).toEqual([]);
  });

  it('sees a changed order of themes and a changed nested value', () => {
    const after = {
      ...base,
      themes: ['ontmoeting', 'taal-en-leren'],
      address: { street: 'Kerkstraat 3', postalCode: '9999 AA', city: 'Voorbeeld' },
    };
    expect(diffContent(base, after).map((c) => c.field)).toEqual(['themes', 'address']);
  });

  it('shows the filled fields of a new item, with before null', () => {
    const changes = diffContent(null, base);
    expect(changes.map((c) => c.field)).toEqual([
      'kind',
      'formality',
      'title',
      'summary',
      'areaId',
      'themes',
      'locationType',
      'address',
      'costFree',
    ]);
    expect(changes.every((c) => c.before === null)).toBe(true);
  });
});
