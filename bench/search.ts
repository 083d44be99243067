import { sql } from 'kysely';
import { anonymous } from '../src/core/permissions/actor.ts';
import { type SearchAssetsInput, searchAssets } from '../src/modules/social-map/search/search-assets.ts';
import { sqlLists } from './dutch-texts.ts';
import { type BenchDb, timed } from './social-map-db.ts';

// Search of the social map at size: N generated, published items with Dutch titles and
// descriptions (composed in the database from the word lists of dutch-texts.ts, so a million
// rows load without a round trip per row), then every kind of resident query through the
// service (searchAssets: synonyms, hits page, facets), timed per call.

const list = (values: readonly string[]) => sql`${sql.val(values)}::text[]`;
/** A pseudo-random index (1-based) into a list of n, different per field k. */
const pickSql = (k: number, n: number) => sql.raw(`1 + abs(hashint4(g * 7 + ${k})) % ${n}`);

/** Adds n items in batches; returns when the search columns (trigger) and indexes are up to date. */
export async function loadItems(b: BenchDb, n: number, batch = 20_000): Promise<void> {
  const { activities, places, times, groups, themes, extras } = sqlLists;
  const groupCodes = groups.map(([code]) => code);
  const groupTexts = groups.map(([, text]) => text);
  const themeCodes = themes.map(([code]) => code);
  const themeTexts = themes.map(([, text]) => text);
  const kinds = ['offering', 'activity', 'activity', 'group', 'place'];
  const m = b.municipalityId;
  const started = performance.now();
  for (let from = 1; from <= n; from += batch) {
    const to = Math.min(n, from + batch - 1);
    await sql`
      with buurt as (
        select id, bbox_west, bbox_south, bbox_east, bbox_north, (row_number() over (order by code)) - 1 as k
        from areas where municipality_id = ${m} and kind = 'buurt' and bbox_west is not null
      ), nb as (select count(*)::int as n from buurt),
      w as (
        select g,
          (${list(activities)})[${pickSql(1, activities.length)}] as activity,
          (${list(places)})[${pickSql(2, places.length)}] as place,
          (${list(times)})[${pickSql(3, times.length)}] as time,
          ${pickSql(4, groups.length)} as gi,
          ${pickSql(5, themes.length)} as ti,
          ${pickSql(6, themes.length)} as ti2,
          (${list(extras)})[${pickSql(7, extras.length)}] as extra1,
          (${list(extras)})[${pickSql(8, extras.length)}] as extra2,
          (${list(kinds)})[${pickSql(9, kinds.length)}] as kind,
          abs(hashint4(g * 7 + 10)) % 100 as r
        from generate_series(${from}::int, ${to}::int) g
      )
      insert into social_map_assets (
        municipality_id, area_id, kind, formality, title, summary, description, themes, target_groups,
        location_type, street, postal_code, city, lat, lon, cost_free, accessibility, status,
        search_text, revision_count, schedules)
      select ${m}, buurt.id, w.kind, case when w.r < 60 then 'formal' else 'informal' end,
        case when w.r < 50 then w.activity || ' ' || w.place
             when w.r < 75 then w.activity || ' ' || w.time
             else w.activity || ' ' || (${list(groupTexts)})[w.gi] end,
        w.activity || ' ' || w.time || ' in ' || w.place || ', ' || (${list(groupTexts)})[w.gi] || '.',
        w.activity || ' ' || w.time || ' in ' || w.place || '. ' || (${list(themeTexts)})[w.ti] || ' ' ||
          case when w.ti2 <> w.ti then (${list(themeTexts)})[w.ti2] || ' ' else '' end ||
          w.extra1 || ' ' || w.extra2 || ' Nummer ' || w.g || ' in de wijk.',
        case when w.ti2 <> w.ti then array[(${list(themeCodes)})[w.ti], (${list(themeCodes)})[w.ti2]]
             else array[(${list(themeCodes)})[w.ti]] end,
        array[(${list(groupCodes)})[w.gi]],
        'address', 'Dorpsstraat ' || (1 + w.g % 200), '99' || (10 + w.g % 90) || ' AB', 'Voorbeeld',
        -- Spread over the buurt's bounding box.
        buurt.bbox_south + (buurt.bbox_north - buurt.bbox_south) * (abs(hashint4(w.g * 7 + 11)) % 10000) / 10000.0,
        buurt.bbox_west + (buurt.bbox_east - buurt.bbox_west) * (abs(hashint4(w.g * 7 + 12)) % 10000) / 10000.0,
        w.r < 70, case when w.r % 3 = 0 then array['wheelchair'] else array[]::text[] end, 'published',
        w.activity || ' ' || w.time || ' in ' || w.place || ' ' || (${list(groupTexts)})[w.gi] || ' ' ||
          (${list(themeTexts)})[w.ti] || ' ' || w.extra1 || ' ' || w.extra2,
        0,
        -- Activities meet every week (or every other week) on a weekday, for the agenda.
        case when w.kind = 'activity' then jsonb_build_array(jsonb_build_object(
          'start', '2026-0' || (1 + w.g % 9) || '-0' || (1 + w.g % 7) || 'T' || lpad((8 + w.g % 12)::text, 2, '0') || ':00',
          'durationMinutes', 60 + 30 * (w.g % 3),
          'rrule', 'FREQ=WEEKLY;' || case when w.r % 4 = 0 then 'INTERVAL=2;' else '' end ||
            'BYDAY=' || (array['MO','TU','WE','TH','FR','SA','SU'])[1 + w.g % 7]))
        else '[]'::jsonb end
      from w join nb on true join buurt on buurt.k = w.g % nb.n`.execute(b.database.db);
    process.stderr.write(
      `  loaded ${to}/${n} items (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  }
  await sql`analyze social_map_assets`.execute(b.database.db);
}

export interface QueryKind {
  name: string;
  input: SearchAssetsInput;
}

export async function queryKinds(b: BenchDb): Promise<QueryKind[]> {
  const centre = await b.database.db
    .selectFrom('areas')
    .select(['code', 'centroid_lat', 'centroid_lon'])
    .where('municipality_id', '=', b.municipalityId)
    .where('kind', '=', 'wijk')
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const near = { lat: centre.centroid_lat as number, lon: centre.centroid_lon as number, radiusKm: 1 };
  return [
    { name: 'question "waar kan ik terecht met schulden"', input: { q: 'waar kan ik terecht met schulden' } },
    { name: 'words "koffie ochtend ouderen"', input: { q: 'koffie ochtend ouderen' } },
    { name: 'one word "taalcafe"', input: { q: 'taalcafe' } },
    { name: 'typo "voedselbnak"', input: { q: 'voedselbnak' } },
    { name: 'facets only (theme + free)', input: { theme: 'ontmoeting', free: true } },
    { name: 'no filter (first page by title)', input: {} },
    { name: 'area (wijk)', input: { areaCode: centre.code } },
    { name: 'near me (1 km)', input: { near } },
    { name: 'near me + "koffie"', input: { q: 'koffie', near } },
  ];
}

export interface SearchFigure {
  name: string;
  total: number;
  p50: number;
  p95: number;
  runs: number;
}

export async function benchSearch(b: BenchDb, runs: number): Promise<SearchFigure[]> {
  const actor = anonymous(b.municipalityId);
  const out: SearchFigure[] = [];
  for (const kind of await queryKinds(b)) {
    const t = await timed(runs, () => searchAssets(b.database.db, actor, kind.input));
    const total = t.last.total;
    const f = { name: kind.name, total, p50: t.p50, p95: t.p95, runs };
    process.stderr.write(
      `  ${f.name}: p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (${total} hits)\n`,
    );
    out.push(f);
  }
  return out;
}
