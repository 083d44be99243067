import { isPossibleDuplicate, trigrams } from '../duplicates.ts';

// Duplicate detection for imports: thousands of records against every existing item would be
// one similarity query each; instead the existing titles are indexed by trigram once, with the
// same measure as pg_trgm's similarity() (see duplicates.ts).

export interface Candidate {
  id: string;
  title: string;
  areaPath: string;
}

/** Same part of the municipality: the same area, or one lies inside the other. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

export function duplicateIndex(candidates: Candidate[]) {
  const sizes = new Map<number, number>();
  const byTrigram = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const set = trigrams(c.title);
    sizes.set(i, set.size);
    for (const t of set) {
      const list = byTrigram.get(t) ?? [];
      list.push(i);
      byTrigram.set(t, list);
    }
  });
  return {
    /** The most similar existing item in the same part of the municipality, if it is a possible duplicate. */
    find(title: string, areaPath: string): { id: string; title: string; similarity: number } | null {
      const set = trigrams(title);
      const shared = new Map<number, number>();
      for (const t of set) for (const i of byTrigram.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
      let best: { id: string; title: string; similarity: number } | null = null;
      for (const [i, n] of shared) {
        const c = candidates[i];
        if (!c || !related(c.areaPath, areaPath)) continue;
        const similarity = n / (set.size + (sizes.get(i) ?? 0) - n);
        if (isPossibleDuplicate(similarity) && (!best || similarity > best.similarity))
          best = { id: c.id, title: c.title, similarity };
      }
      return best;
    },
  };
}
