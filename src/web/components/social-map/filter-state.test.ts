import { describe, expect, it } from 'vitest';
import {
  emptyFilter,
  filterQuery,
  hasFilters,
  parseFilterState,
  toggled,
  viewQuery,
} from './filter-state.ts';

const parse = (qs: string) => parseFilterState(new URLSearchParams(qs));

describe('filter state in the URL (shared by list, map and agenda)', () => {
  it('reads every key with its Dutch name', () => {
    const { state, ignored } = parse(
      'q=koffie+ochtend&soort=activiteit&soort=plek&thema=ontmoeting&doelgroep=ouderen&vorm=informeel&gebied=bu99990102&gratis=1&toegankelijk=1&bij=52.09,5.12&week=2026-11-30',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      q: 'koffie ochtend',
      kinds: ['activity', 'place'],
      themes: ['ontmoeting'],
      targetGroups: ['ouderen'],
      formality: 'informal',
      area: 'BU99990102',
      free: true,
      accessible: true,
      near: { lat: 52.09, lon: 5.12 },
      week: '2026-11-30',
      cursor: null,
    });
  });

  it('writes what it reads: parse ∘ serialise is the identity', () => {
    const qs =
      '?q=schulden&soort=aanbod&thema=geldzaken-en-schulden&doelgroep=ouderen&vorm=formeel&gebied=WK999901&gratis=1&toegankelijk=1&bij=Centrum&week=2026-12-07&cursor=abc_-1';
    const { state } = parse(qs.slice(1));
    expect(filterQuery(state)).toBe(qs);
    expect(parse(filterQuery(state).slice(1)).state).toEqual(state);
  });

  it('drops garbage and says which keys it dropped, never throws', () => {
    const { state, ignored } = parse(
      `soort=alien&thema=%3Cscript%3E&vorm=half&gebied=../../etc&week=2026-02-30&cursor=${'%00'.repeat(3)}&q=${'x'.repeat(300)}`,
    );
    expect(state.kinds).toEqual([]);
    expect(state.themes).toEqual([]);
    expect(state.formality).toBeNull();
    expect(state.area).toBeNull();
    expect(state.week).toBeNull();
    expect(state.cursor).toBeNull();
    expect(state.q).toHaveLength(200);
    expect(ignored.sort()).toEqual(['cursor', 'gebied', 'q', 'soort', 'thema', 'vorm', 'week']);
  });

  it('"bij" is coordinates when it looks like them, otherwise a text to resolve', () => {
    expect(parse('bij=52.1,5.1').state.near).toEqual({ lat: 52.1, lon: 5.1 });
    expect(parse('bij=+52.1+,+5.1').state.near).toEqual({ lat: 52.1, lon: 5.1 });
    expect(parse('bij=Havenbuurt').state.near).toEqual({ text: 'Havenbuurt' });
    expect(parse('bij=95,5').state.near).toEqual({ text: '95,5' });
    expect(parse('bij=').state.near).toBeNull();
  });

  it('empty filters give an empty query; other views drop paging and the week', () => {
    expect(filterQuery(emptyFilter)).toBe('');
    expect(hasFilters(emptyFilter)).toBe(false);
    const { state } = parse('q=taal&week=2026-11-30&cursor=abc');
    expect(viewQuery(state)).toBe('?q=taal');
    expect(hasFilters(state)).toBe(true);
  });

  it('toggling a facet value adds or removes it and resets paging', () => {
    const { state } = parse('thema=ontmoeting&cursor=abc');
    const on = toggled(state, 'themes', 'cultuur');
    expect(on.themes).toEqual(['ontmoeting', 'cultuur']);
    expect(on.cursor).toBeNull();
    expect(toggled(on, 'themes', 'ontmoeting').themes).toEqual(['cultuur']);
  });

  it('repeated values count once', () => {
    expect(parse('thema=a&thema=a&soort=plek&soort=plek').state).toMatchObject({
      themes: ['a'],
      kinds: ['place'],
    });
  });
});
