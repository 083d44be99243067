import type { Area, Boundary } from '../../../../core/areas/area.ts';
import { isAreaCode } from '../../../../core/areas/area.ts';
import { getArea, getAreaBoundary } from '../../../../core/areas/get-area.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { NotFoundError, ValidationError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { formatNumber, type Locale, translate } from '../../../../core/i18n/i18n.ts';
import { addDays, groupByDay } from '../../../../modules/social-map/agenda/group-by-day.ts';
import { type Agenda, listAgenda } from '../../../../modules/social-map/agenda/list-agenda.ts';
import { type AssetKind, assetKinds, formalities } from '../../../../modules/social-map/asset.ts';
import { dutchDate } from '../../../../modules/social-map/freshness.ts';
import {
  type SearchAssetsInput,
  type SearchResult,
  searchAssets,
} from '../../../../modules/social-map/search/search-assets.ts';
import { listTaxonomy, type Term, termLabel } from '../../../../modules/social-map/taxonomy.ts';
import type { AgendaDayView } from '../../../components/social-map/agenda-days.tsx';
import {
  type FilterState,
  filterQuery,
  formalitySlugs,
  hasFilters,
  kindSlugs,
  parseFilterState,
  viewQuery,
} from '../../../components/social-map/filter-state.ts';
import type {
  FacetOption,
  FacetsView,
  HitView,
  SearchView,
} from '../../../components/social-map/public-view-data.ts';
import { clockTime, dayLabel } from '../../../components/social-map/schedule-text.ts';

// The shared loading of the public views: read the one filter state from the URL, resolve the area
// and "near", run resident search, and turn the result into labelled view data.

export const nearRadiusKm = 5;

export interface ResolvedFilters {
  state: FilterState;
  ignored: string[];
  area: { area: Area; boundary: Boundary | null } | null;
  near: { lat: number; lon: number } | null;
  nearNote: string | null;
  terms: Term[];
}

/** The filter state of the request, with the area looked up and "near" resolved (or explained). */
export async function resolveFilters(rc: RequestContext, request: Request): Promise<ResolvedFilters> {
  const { db } = rc.app;
  const { state, ignored } = parseFilterState(new URL(request.url).searchParams);
  const ignoredKeys: string[] = [...ignored];
  let area: ResolvedFilters['area'] = null;
  if (state.area) {
    try {
      area = await getAreaBoundary(db, rc.actor, state.area);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      ignoredKeys.push('gebied');
      state.area = null;
    }
  }
  let near: ResolvedFilters['near'] = null;
  let nearNote: string | null = null;
  const t = (key: string, params: Record<string, string | number> = {}) => translate(rc.locale, key, params);
  if (state.near && 'lat' in state.near) {
    near = state.near;
    nearNote = t('sm.public.near.coordinates', {
      lat: state.near.lat,
      lon: state.near.lon,
      km: nearRadiusKm,
    });
  } else if (state.near) {
    // No geocoder: a name or code of one of our own areas is what we can place.
    const text = state.near.text;
    const code = text.toUpperCase();
    let found: { name: string; centroid: { lat: number; lon: number } | null } | undefined;
    if (isAreaCode(code)) {
      try {
        found = await getArea(db, rc.actor, code);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    } else {
      found = (await listAreas(db, rc.actor, { q: text, limit: 1 })).items[0];
    }
    if (found?.centroid) {
      near = { lat: found.centroid.lat, lon: found.centroid.lon };
      nearNote = t('sm.public.near.area', { area: found.name, km: nearRadiusKm });
    } else {
      nearNote = t('sm.public.near.unknown', { text });
    }
  }
  const terms = await listTaxonomy(db, rc.actor.municipalityId);
  return { state, ignored: ignoredKeys, area, near, nearNote, terms };
}

export function searchInput(f: ResolvedFilters, limit: number): SearchAssetsInput {
  const s = f.state;
  return {
    q: s.q,
    kind: s.kinds,
    theme: s.themes,
    targetGroup: s.targetGroups,
    formality: s.formality ?? undefined,
    areaCode: s.area ?? undefined,
    free: s.free ? true : undefined,
    accessible: s.accessible ? true : undefined,
    near: f.near ? { ...f.near, radiusKm: nearRadiusKm } : undefined,
    limit,
    cursor: s.cursor ?? undefined,
  };
}

/** Runs the search; a cursor that does not decode is dropped (and reported) rather than an error. */
export async function runSearch(
  rc: RequestContext,
  f: ResolvedFilters,
  limit: number,
): Promise<SearchResult> {
  try {
    return await searchAssets(rc.app.db, rc.actor, searchInput(f, limit));
  } catch (error) {
    if (error instanceof ValidationError && f.state.cursor) {
      f.state.cursor = null;
      f.ignored.push('cursor');
      return searchAssets(rc.app.db, rc.actor, searchInput(f, limit));
    }
    throw error;
  }
}

function labelOf(terms: Term[], vocabulary: Term['vocabulary'], code: string, locale: Locale): string {
  const term = terms.find((x) => x.vocabulary === vocabulary && x.code === code);
  return term ? termLabel(term, locale) : code;
}

/** Facet options with labels; selected values stay listed (to untick them) even at count 0. */
function options(
  counts: Array<{ value: string; count: number; label?: string }>,
  selected: string[],
  label: (value: string) => string,
): FacetOption[] {
  const out: FacetOption[] = counts.map((c) => ({
    value: c.value,
    label: c.label ?? label(c.value),
    count: c.count,
    selected: selected.includes(c.value),
  }));
  for (const v of selected) {
    if (!out.some((o) => o.value === v)) out.push({ value: v, label: label(v), count: 0, selected: true });
  }
  return out;
}

export function labelsFor(locale: Locale, terms: Term[]) {
  return {
    kind: (k: AssetKind) => translate(locale, `socialMap.kind.${k}`),
    formality: (f: string) => translate(locale, `socialMap.formality.${f}`),
    theme: (code: string) => labelOf(terms, 'theme', code, locale),
    targetGroup: (code: string) => labelOf(terms, 'target_group', code, locale),
  };
}

export function hitViews(locale: Locale, terms: Term[], items: SearchResult['items']): HitView[] {
  const l = labelsFor(locale, terms);
  return items.map((h, i) => ({
    id: h.id,
    number: i + 1,
    title: h.title,
    summary: h.summary,
    kindLabel: l.kind(h.kind),
    formalityLabel: l.formality(h.formality),
    areaName: h.area.name,
    distance:
      h.distanceKm === null
        ? null
        : translate(locale, 'sm.public.results.distance', {
            km: formatNumber(locale, Math.round(h.distanceKm * 10) / 10),
          }),
    costFree: h.costFree,
    accessible: h.accessibility.includes('wheelchair'),
    online: h.locationType === 'online',
    point: h.point,
  }));
}

/** The search part of a view: form values, facets, hits and paging links for `path`. */
export function searchView(
  rc: RequestContext,
  f: ResolvedFilters,
  result: SearchResult,
  path: string,
): SearchView {
  const { locale } = rc;
  const s = f.state;
  const l = labelsFor(locale, f.terms);
  const kindBySlug = (slug: string) => assetKinds.find((k) => kindSlugs[k] === slug) ?? 'place';
  const fc = result.facets;
  const facets: FacetsView = {
    kind: options(
      fc.kind.map((c) => ({ value: kindSlugs[c.value], count: c.count })),
      s.kinds.map((k) => kindSlugs[k]),
      (slug) => l.kind(kindBySlug(slug)),
    ),
    theme: options(fc.theme, s.themes, l.theme),
    targetGroup: options(fc.targetGroup, s.targetGroups, l.targetGroup),
    formality: formalities.map((v) => ({
      value: formalitySlugs[v],
      label: l.formality(v),
      count: fc.formality.find((c) => c.value === v)?.count ?? 0,
      selected: s.formality === v,
    })),
    area: options(
      fc.area.map((a) => ({ value: a.value, label: a.name, count: a.count })),
      s.area ? [s.area] : [],
      (code) => (f.area && f.area.area.code === code ? f.area.area.name : code),
    ).map((o) => (o.selected && o.count === 0 ? { ...o, count: result.total } : o)),
    free: { count: fc.free.find((c) => c.value)?.count ?? 0, selected: s.free },
    accessible: { count: fc.accessible.find((c) => c.value)?.count ?? 0, selected: s.accessible },
  };
  const words = result.searchedFor.flatMap((g) => g.slice(1));
  return {
    query: viewQuery(s),
    form: {
      q: s.q,
      near: s.near ? ('text' in s.near ? s.near.text : `${s.near.lat},${s.near.lon}`) : '',
      area: s.area ?? '',
      week: s.week,
    },
    ignored: f.ignored,
    area: f.area ? { code: f.area.area.code, name: f.area.area.name } : null,
    nearNote: f.nearNote,
    hits: hitViews(locale, f.terms, result.items),
    total: result.total,
    facets,
    searchedFor: words,
    firstHref: s.cursor ? `${path}${filterQuery(s, { cursor: null })}` : null,
    nextHref: result.nextCursor ? `${path}${filterQuery(s, { cursor: result.nextCursor })}` : null,
    filtered: hasFilters(s),
  };
}

/** The agenda's occurrences as labelled days (times in Europe/Amsterdam). */
export function agendaDayViews(locale: Locale, agenda: Agenda): AgendaDayView[] {
  return groupByDay(agenda.occurrences, agenda.from, agenda.days).map((g) => ({
    date: g.date,
    label: dayLabel(locale, g.date),
    items: g.items.map((o, i) => ({
      key: `${o.assetId}-${o.start.toISOString()}-${i}`,
      assetId: o.assetId,
      title: o.title,
      time: o.allDay
        ? translate(locale, 'sm.public.agenda.allDay')
        : translate(locale, 'sm.public.agenda.time', { start: clockTime(o.start), end: clockTime(o.end) }),
      datetime: o.start.toISOString(),
      place: o.address ? `${o.address.street}, ${o.area.name}` : o.area.name,
      note: o.note,
      costFree: o.costFree,
    })),
  }));
}

/** The agenda for the filters of a request (activities only; other kinds give an empty agenda). */
export async function loadAgenda(
  rc: RequestContext,
  f: ResolvedFilters,
  days = 7,
): Promise<{ agenda: Agenda; kindExcluded: boolean }> {
  const from = f.state.week ?? undefined;
  const kindExcluded = f.state.kinds.length > 0 && !f.state.kinds.includes('activity');
  const input = searchInput(f, 1);
  const agenda = kindExcluded
    ? {
        from: from ?? dutchDate(new Date()),
        to: addDays(from ?? dutchDate(new Date()), days),
        days,
        occurrences: [],
        truncated: false,
      }
    : await listAgenda(rc.app.db, rc.actor, {
        q: input.q,
        theme: input.theme,
        targetGroup: input.targetGroup,
        formality: input.formality,
        areaCode: input.areaCode,
        free: input.free,
        accessible: input.accessible,
        near: input.near,
        from,
        days,
      });
  return { agenda, kindExcluded };
}
