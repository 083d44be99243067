import { sql } from 'kysely';
import { escapeLike } from '../../../core/areas/areas.repository.ts';
import type { AssetKind, Formality, FreshnessState } from '../asset.ts';
import type { SmDb } from '../social-map.tables.ts';

// The grouped queries of the area overview: each answers one figure for the whole subtree at
// once (no query per buurt or per item). Counted: published items (status 'published').

const within = (path: string) => sql<boolean>`(a.path = ${path} or a.path like ${`${escapeLike(path)}/%`})`;

export async function countsByKindAndFormality(db: SmDb, municipalityId: string, path: string) {
  const r = await sql<{ kind: AssetKind; formality: Formality; n: number }>`
    select s.kind, s.formality, count(*)::int as n
    from social_map_assets s join areas a on a.id = s.area_id
    where s.municipality_id = ${municipalityId} and s.status = 'published' and ${within(path)}
    group by s.kind, s.formality`.execute(db);
  return r.rows;
}

/**
 * Distinct items per (kind, theme, target group), per (kind, theme) and per (kind, target group).
 * A null theme or target group with its grouping flag 0 means "none given".
 */
export async function countsByThemeAndTargetGroup(db: SmDb, municipalityId: string, path: string) {
  const r = await sql<{
    kind: AssetKind;
    theme: string | null;
    target_group: string | null;
    theme_grouped: number;
    target_group_grouped: number;
    n: number;
  }>`
    select s.kind, t.theme, g.target_group,
      grouping(t.theme)::int as theme_grouped, grouping(g.target_group)::int as target_group_grouped,
      count(distinct s.id)::int as n
    from social_map_assets s join areas a on a.id = s.area_id
    left join lateral unnest(s.themes) as t(theme) on true
    left join lateral unnest(s.target_groups) as g(target_group) on true
    where s.municipality_id = ${municipalityId} and s.status = 'published' and ${within(path)}
    group by grouping sets ((s.kind, t.theme, g.target_group), (s.kind, t.theme), (s.kind, g.target_group))`.execute(
    db,
  );
  return r.rows;
}

/** The buurten of the subtree (or the area itself when it is a buurt), in tree order. */
export async function buurtenWithin(db: SmDb, municipalityId: string, path: string) {
  const r = await sql<{ code: string; name: string }>`
    select a.code, a.name from areas a
    where a.municipality_id = ${municipalityId} and a.kind = 'buurt' and ${within(path)}
    order by a.path`.execute(db);
  return r.rows;
}

/** Distinct items per buurt and theme, per buurt and target group, and per buurt. */
export async function countsPerBuurt(db: SmDb, municipalityId: string, path: string) {
  const r = await sql<{
    code: string;
    theme: string | null;
    target_group: string | null;
    theme_grouped: number;
    target_group_grouped: number;
    n: number;
  }>`
    select b.code, t.theme, g.target_group,
      grouping(t.theme)::int as theme_grouped, grouping(g.target_group)::int as target_group_grouped,
      count(distinct s.id)::int as n
    from areas b
    join areas a on a.municipality_id = b.municipality_id
      and (a.path = b.path or a.path like replace(replace(replace(b.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '/%')
    join social_map_assets s on s.area_id = a.id and s.municipality_id = ${municipalityId} and s.status = 'published'
    left join lateral unnest(s.themes) as t(theme) on true
    left join lateral unnest(s.target_groups) as g(target_group) on true
    where b.municipality_id = ${municipalityId} and b.kind = 'buurt'
      and (b.path = ${path} or b.path like ${`${escapeLike(path)}/%`})
    group by grouping sets ((b.code, t.theme), (b.code, g.target_group), (b.code))`.execute(db);
  return r.rows;
}

/** Revisions waiting for review or a check, and items with open reports, in the subtree. */
export async function queueCounts(db: SmDb, municipalityId: string, path: string) {
  const r = await sql<{ revisions: number; reported: number }>`
    select
      (select count(*)::int from social_map_revisions r
         join social_map_assets s on s.id = r.asset_id join areas a on a.id = s.area_id
         where r.municipality_id = ${municipalityId} and r.state in ('pending', 'to_check')
           and ${within(path)}) as revisions,
      (select count(distinct p.asset_id)::int from social_map_reports p
         join social_map_assets s on s.id = p.asset_id join areas a on a.id = s.area_id
         where p.municipality_id = ${municipalityId} and p.resolved_at is null
           and ${within(path)}) as reported`.execute(db);
  return r.rows[0] ?? { revisions: 0, reported: 0 };
}

/** Published items that are due, possibly outdated or hidden for staleness; the oldest first. */
export async function goingStale(db: SmDb, municipalityId: string, path: string, limit: number) {
  const r = await sql<{
    id: string;
    title: string;
    kind: AssetKind;
    freshness_state: FreshnessState;
    last_verified_at: Date;
    area_code: string;
    area_name: string;
    total: number;
  }>`
    select s.id, s.title, s.kind, s.freshness_state, s.last_verified_at,
      a.code as area_code, a.name as area_name, count(*) over ()::int as total
    from social_map_assets s join areas a on a.id = s.area_id
    where s.municipality_id = ${municipalityId} and s.status = 'published'
      and s.freshness_state in ('due', 'possibly_outdated', 'hidden_stale') and ${within(path)}
    order by s.last_verified_at, s.id
    limit ${limit}`.execute(db);
  return r.rows;
}
