import type { AssetKind, Formality } from '../../../modules/social-map/asset.ts';

// The one filter state of the public social map views (list, map, agenda), read from and written
// to the query string with the same Dutch keys everywhere, so switching views keeps the filters.
// Pure: runs on the server and in the browser. Garbage in the URL is dropped (and reported), never
// an error: a resident with a mangled link still gets a page.

export const kindSlugs: Record<AssetKind, string> = {
  place: 'plek',
  offering: 'aanbod',
  group: 'groep',
  activity: 'activiteit',
  key_person: 'sleutelfiguur',
};
const kindBySlug = new Map(Object.entries(kindSlugs).map(([k, s]) => [s, k as AssetKind]));

export const formalitySlugs: Record<Formality, string> = { formal: 'formeel', informal: 'informeel' };
const formalityBySlug = new Map(Object.entries(formalitySlugs).map(([k, s]) => [s, k as Formality]));

/** "Near": coordinates, or a text to resolve (an area name or code). */
export type Near = { lat: number; lon: number } | { text: string };

export interface FilterState {
  q: string;
  kinds: AssetKind[];
  themes: string[];
  targetGroups: string[];
  formality: Formality | null;
  /** Area code (upper case). */
  area: string | null;
  free: boolean;
  accessible: boolean;
  near: Near | null;
  /** Agenda: first day 'YYYY-MM-DD'. */
  week: string | null;
  /** List paging. */
  cursor: string | null;
}

export type FilterKey = 'q' | 'soort' | 'thema' | 'doelgroep' | 'vorm' | 'gebied' | 'bij' | 'week' | 'cursor';

export const emptyFilter: FilterState = {
  q: '',
  kinds: [],
  themes: [],
  targetGroups: [],
  formality: null,
  area: null,
  free: false,
  accessible: false,
  near: null,
  week: null,
  cursor: null,
};

const maxQuery = 200;
const maxValues = 20;
const codePattern = /^[a-z0-9][a-z0-9-]{0,59}$/;
const areaPattern = /^[A-Z]{2}[0-9A-Z]{4,12}$/;
const cursorPattern = /^[A-Za-z0-9_-]{1,200}$/;
const coordinates = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** 'YYYY-MM-DD' that is a real date. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function parseNear(text: string): Near | null {
  const trimmed = text.trim().slice(0, 100);
  if (trimmed === '') return null;
  const m = coordinates.exec(trimmed);
  if (m) {
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) return { lat, lon };
  }
  return { text: trimmed };
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)].slice(0, maxValues);
}

/** Reads the filters; `ignored` names the keys whose value made no sense and was dropped. */
export function parseFilterState(params: URLSearchParams): { state: FilterState; ignored: FilterKey[] } {
  const ignored = new Set<FilterKey>();
  const first = (key: string) => params.get(key)?.trim() ?? '';

  const kinds: AssetKind[] = [];
  for (const v of params.getAll('soort')) {
    const kind = kindBySlug.get(v.trim());
    if (kind) kinds.push(kind);
    else if (v.trim() !== '') ignored.add('soort');
  }
  const codes = (key: 'thema' | 'doelgroep') => {
    const out: string[] = [];
    for (const v of params.getAll(key)) {
      const code = v.trim().toLowerCase();
      if (codePattern.test(code)) out.push(code);
      else if (code !== '') ignored.add(key);
    }
    return unique(out);
  };

  const vorm = first('vorm');
  const formality = vorm === '' ? null : (formalityBySlug.get(vorm) ?? null);
  if (vorm !== '' && !formality) ignored.add('vorm');

  const gebied = first('gebied').toUpperCase();
  const area = areaPattern.test(gebied) ? gebied : null;
  if (gebied !== '' && !area) ignored.add('gebied');

  const weekText = first('week');
  const week = isIsoDate(weekText) ? weekText : null;
  if (weekText !== '' && !week) ignored.add('week');

  const cursorText = first('cursor');
  const cursor = cursorPattern.test(cursorText) ? cursorText : null;
  if (cursorText !== '' && !cursor) ignored.add('cursor');

  const q = first('q');
  if (q.length > maxQuery) ignored.add('q');

  const flag = (key: string) => ['1', 'ja', 'true', 'on'].includes(first(key).toLowerCase());
  const state: FilterState = {
    q: q.slice(0, maxQuery),
    kinds: unique(kinds),
    themes: codes('thema'),
    targetGroups: codes('doelgroep'),
    formality,
    area,
    free: flag('gratis'),
    accessible: flag('toegankelijk'),
    near: parseNear(first('bij')),
    week,
    cursor,
  };
  return { state, ignored: [...ignored] };
}

function nearText(near: Near): string {
  return 'text' in near ? near.text : `${near.lat},${near.lon}`;
}

/** The query string of a filter state (with '?', or '' when empty), in a fixed key order. */
export function filterQuery(state: FilterState, change: Partial<FilterState> = {}): string {
  const s = { ...state, ...change };
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of s.kinds) p.append('soort', kindSlugs[k]);
  for (const t of s.themes) p.append('thema', t);
  for (const g of s.targetGroups) p.append('doelgroep', g);
  if (s.formality) p.set('vorm', formalitySlugs[s.formality]);
  if (s.area) p.set('gebied', s.area);
  if (s.free) p.set('gratis', '1');
  if (s.accessible) p.set('toegankelijk', '1');
  if (s.near) p.set('bij', nearText(s.near));
  if (s.week) p.set('week', s.week);
  if (s.cursor) p.set('cursor', s.cursor);
  const text = p.toString();
  return text === '' ? '' : `?${text}`;
}

/** The same filters for another view: paging and the agenda week are the view's own. */
export function viewQuery(state: FilterState): string {
  return filterQuery(state, { cursor: null, week: null });
}

/** Toggles one value of a multi-valued filter (for facet links); resets paging. */
export function toggled<K extends 'kinds' | 'themes' | 'targetGroups'>(
  state: FilterState,
  key: K,
  value: FilterState[K][number],
): FilterState {
  const list = state[key] as string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...state, [key]: next, cursor: null };
}

export function hasFilters(state: FilterState): boolean {
  return (
    state.q !== '' ||
    state.kinds.length > 0 ||
    state.themes.length > 0 ||
    state.targetGroups.length > 0 ||
    state.formality !== null ||
    state.area !== null ||
    state.free ||
    state.accessible ||
    state.near !== null
  );
}
