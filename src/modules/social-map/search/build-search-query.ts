// Turns what a resident types ("waar kan ik terecht met schulden?") into a PostgreSQL
// to_tsquery('dutch', …) string. Pure: no database. Safety: a term keeps only letters and
// digits, so no tsquery operator (& | ! : * ( ) < > ' \) can ever come from the input; the
// string is moreover always passed as a query parameter, never spliced into SQL.

/** Dutch stop words (Snowball list) plus the filler of questions residents ask. */
// biome-ignore format: a word list reads better packed
const stopWords = new Set([
  // Snowball Dutch
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is',
  'was', 'op', 'aan', 'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of',
  'wat', 'mijn', 'men', 'dit', 'zo', 'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je',
  'mij', 'uit', 'der', 'daar', 'haar', 'naar', 'heb', 'hoe', 'heeft', 'hebben', 'deze', 'u',
  'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen', 'omdat', 'iets', 'worden', 'toch', 'al',
  'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun', 'dus', 'alles',
  'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen',
  'ons', 'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand', 'geweest', 'andere',
  // Filler of a resident's question
  'waar', 'terecht', 'zoek', 'zoeken', 'vinden', 'vind', 'graag', 'kun', 'kunt', 'jij', 'wij',
  'we', 'welke', 'wanneer', 'iemand', 'help', 'mogelijk', 'mogelijkheden', 'er', 'ergens', 'wel',
  'het', 'sommige', 'soort', 'wie', 'mag', 'moet', 'moeten', 'willen', 'wilt', 'nodig', 'hallo',
]);

/** At most this many query words are used (a sentence pasted in must not build a huge query). */
export const maxTerms = 8;

/** Lower case, accents off (é → e, ë → e), everything but letters and digits becomes a space. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const n = normalizeText(text);
  return n === '' ? [] : n.split(' ');
}

export interface SynonymEntry {
  term: string;
  synonyms: string[];
}

export interface ParsedQuery {
  /** The content words, normalized, stop words dropped, in order. */
  words: string[];
  /** Per word, the alternatives searched for (the word itself first; a phrase is space-separated). */
  groups: string[][];
  /** to_tsquery('dutch', …) text: groups joined with '|' (any word matches; ranking rewards more). */
  anyQuery: string | null;
  /** to_tsquery('dutch', …) text per group, for counting how many of the words an item matches. */
  groupQueries: string[];
  /** The words joined by spaces, for the trigram (typo) match. */
  plain: string;
}

/** The words of a resident's query worth searching for. */
export function contentWords(q: string): string[] {
  const all = words(q);
  const kept = all.filter((w) => !stopWords.has(w));
  // "wie" or "waar" alone: better to search for what was typed than for nothing.
  const result = kept.length > 0 ? kept : [];
  return [...new Set(result)].slice(0, maxTerms);
}

/**
 * The alternatives for each word: a word equal to a term or to one of its synonyms brings in
 * the whole entry (schulden ↔ geldzaken works both ways).
 */
export function expandSynonyms(queryWords: string[], entries: readonly SynonymEntry[]): string[][] {
  return queryWords.map((w) => {
    const group = [w];
    for (const e of entries) {
      const members = [e.term, ...e.synonyms].map((s) => words(s).join(' ')).filter((s) => s !== '');
      if (!members.includes(w)) continue;
      for (const m of members) if (!group.includes(m)) group.push(m);
    }
    return group;
  });
}

/** One alternative as tsquery text: a phrase becomes 'a <-> b'; prefix matching when asked. */
function alternative(text: string, prefix: boolean): string {
  const parts = text.split(' ').filter((p) => p !== '');
  return parts.map((p, i) => (prefix && i === parts.length - 1 ? `${p}:*` : p)).join(' <-> ');
}

/**
 * Prefix matching for the last word (the resident may still be typing) and for longer words,
 * because Dutch glues words together: "koffie" finds "koffieochtend".
 */
function wantsPrefix(word: string, isLast: boolean): boolean {
  return isLast ? word.length >= 2 : word.length >= 5;
}

function groupQuery(group: string[], isLast: boolean): string {
  const alts = group.map((alt, i) => alternative(alt, i === 0 ? wantsPrefix(alt, isLast) : false));
  return alts.length === 1 ? (alts[0] as string) : `(${alts.map((a) => `(${a})`).join(' | ')})`;
}

export function buildSearchQuery(q: string, synonyms: readonly SynonymEntry[] = []): ParsedQuery {
  const ws = contentWords(q);
  const groups = expandSynonyms(ws, synonyms);
  const groupQueries = groups.map((g, i) => groupQuery(g, i === groups.length - 1));
  return {
    words: ws,
    groups,
    anyQuery: groupQueries.length > 0 ? groupQueries.join(' | ') : null,
    groupQueries,
    plain: ws.join(' '),
  };
}
