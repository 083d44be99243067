import { describe, expect, it } from 'vitest';
import { duplicateThreshold, isPossibleDuplicate, trigramSimilarity, trigrams } from './duplicates.ts';

describe('duplicate detection', () => {
  it('extracts trigrams the way pg_trgm does', () => {
    expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    // Words are split on non-alphanumerics and lower-cased; repeated trigrams count once.
    expect(trigrams('Koffie-ochtend')).toEqual(trigrams('koffie ochtend'));
  });

  it('scores identical titles 1 and unrelated titles near 0', () => {
    expect(trigramSimilarity('Taalcafé Noordhoek', 'taalcafé noordhoek')).toBe(1);
    expect(trigramSimilarity('Taalcafé', 'Jeu de boules')).toBe(0);
    expect(trigramSimilarity('', 'iets')).toBe(0);
  });

  it('flags only what is more than 60% similar', () => {
    expect(duplicateThreshold).toBe(0.6);
    expect(isPossibleDuplicate(0.6)).toBe(false);
    expect(isPossibleDuplicate(0.6001)).toBe(true);
    expect(
      isPossibleDuplicate(trigramSimilarity('Koffieochtend De Schakel', 'Koffie-ochtend De Schakel')),
    ).toBe(true);
    expect(
      isPossibleDuplicate(trigramSimilarity('Koffieochtend De Schakel', 'Koffieochtend Het Anker')),
    ).toBe(false);
    expect(
      isPossibleDuplicate(trigramSimilarity('Wandelgroep Oosterpark', 'Wandelgroep Oosterpark 55+')),
    ).toBe(true);
  });
});
