// Duplicate detection for new items: a title that is more than 60% similar (pg_trgm's
// similarity) to an existing item of the same kind in the same area is flagged as a possible
// duplicate in the queue; nothing is dropped silently. The query uses PostgreSQL's similarity();
// trigramSimilarity mirrors it so the threshold can be reasoned about and tested without a database.

export const duplicateThreshold = 0.6;

/** The trigrams pg_trgm extracts: per word (letters and digits), lower-cased, padded '  word '. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3).join(''));
  }
  return out;
}

export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

export function isPossibleDuplicate(similarity: number): boolean {
  return similarity > duplicateThreshold;
}
