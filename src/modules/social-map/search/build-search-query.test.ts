import { describe, expect, it } from 'vitest';
import { buildSearchQuery, contentWords, expandSynonyms, normalizeText } from './build-search-query.ts';

const synonyms = [{ term: 'schulden', synonyms: ['geldzaken', 'gratis eten'] }];

describe('buildSearchQuery', () => {
  it('drops Dutch stop words and the filler of a question', () => {
    expect(contentWords('Waar kan ik terecht met schulden?')).toEqual(['schulden']);
    expect(contentWords('koffie ochtend ouderen')).toEqual(['koffie', 'ochtend', 'ouderen']);
    expect(buildSearchQuery('waar kan ik terecht').anyQuery).toBeNull();
  });

  it('lowercases and removes accents', () => {
    expect(normalizeText('Café Één Naïef')).toBe('cafe een naief');
    expect(buildSearchQuery('CAFÉ').anyQuery).toBe('cafe:*');
  });

  it('expands synonyms both ways, phrases as phrase queries', () => {
    expect(expandSynonyms(['schulden'], synonyms)).toEqual([['schulden', 'geldzaken', 'gratis eten']]);
    expect(expandSynonyms(['geldzaken'], synonyms)).toEqual([['geldzaken', 'schulden', 'gratis eten']]);
    expect(buildSearchQuery('hulp bij schulden', synonyms).anyQuery).toBe(
      'hulp | ((schulden:*) | (geldzaken) | (gratis <-> eten))',
    );
  });

  it('prefix matching for the last word and for long words (Dutch compounds)', () => {
    const q = buildSearchQuery('koffie ochtend ouderen');
    expect(q.groupQueries).toEqual(['koffie:*', 'ochtend:*', 'ouderen:*']);
    expect(buildSearchQuery('wijk tuin').groupQueries).toEqual(['wijk', 'tuin:*']);
  });

  it('keeps tsquery operators and quotes out of the query', () => {
    for (const input of ["foo & | ! :* ( ) <-> ' \\ bar", "'); drop table x; --", '!!!', ':*', '&&&|||']) {
      const q = buildSearchQuery(input);
      for (const g of q.groupQueries) expect(g).toMatch(/^[\p{L}\p{N}]+(:\*)?$/u);
      expect(q.plain).toMatch(/^[\p{L}\p{N} ]*$/u);
    }
    expect(buildSearchQuery('foo & | ! :* bar').anyQuery).toBe('foo | bar:*');
  });

  it('survives typos, digits, other scripts and very long input', () => {
    expect(buildSearchQuery('bibliotheeek').anyQuery).toBe('bibliotheeek:*');
    expect(buildSearchQuery('1012 AB').words).toEqual(['1012', 'ab']);
    expect(buildSearchQuery('مساعدة ½').words).toEqual(['مساعدة', '1', '2']);
    expect(buildSearchQuery('woord '.repeat(50)).words).toEqual(['woord']);
    expect(buildSearchQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')).words).toHaveLength(8);
  });
});
