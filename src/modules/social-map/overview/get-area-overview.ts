import type { AreaKind } from '../../../core/areas/area.ts';
import { findAreaRowByCode, listAreaRows } from '../../../core/areas/areas.repository.ts';
import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can, requireAccess } from '../../../core/permissions/can.ts';
import { type AreaFreshness, areaFreshness } from '../area-freshness.ts';
import { type AssetKind, assetKinds, type Formality, type FreshnessState } from '../asset.ts';
import { listFeeds } from '../feeds/list-feeds.ts';
import { smDb } from '../social-map.tables.ts';
import { listTaxonomy, type Term } from '../taxonomy.ts';
import {
  type BuurtGap,
  type Cell,
  gapsOf,
  type Matrix,
  missingEverywhere,
  toMatrix,
} from './overview-figures.ts';
import './overview.policy.ts';
import './officer-i18n.ts';
import {
  buurtenWithin,
  countsByKindAndFormality,
  countsByThemeAndTargetGroup,
  countsPerBuurt,
  goingStale,
  queueCounts,
} from './overview.repository.ts';

// The area officer's overview of the social map of one area (and everything below it): what
// there is by theme, target group and kind, formal versus informal, how current it is, where
// the gaps are, and what waits. Staff of the area only (area officers of its subtree,
// coordinators, administrators). A fixed number of grouped queries, whatever the area's size.

/** The key of "no theme given" / "no target group given" in the matrices. */
export const noneKey = '-';

export interface AreaOverview {
  area: { code: string; name: string; kind: AreaKind };
  /** Published items in the area's subtree. */
  total: number;
  byKind: Record<AssetKind, { formal: number; informal: number }>;
  byFormality: Record<Formality, number>;
  themes: Term[];
  targetGroups: Term[];
  /** theme code (or noneKey) → kind → items. */
  themeByKind: Matrix;
  /** target group code (or noneKey) → kind → items. */
  targetGroupByKind: Matrix;
  /** theme code (or noneKey) → target group code (or noneKey) → items. */
  themeByTargetGroup: Matrix;
  buurten: Array<{ code: string; name: string; total: number }>;
  /** buurt code → theme code → items. */
  buurtByTheme: Matrix;
  /** buurt code → target group code → items. */
  buurtByTargetGroup: Matrix;
  themeGaps: BuurtGap[];
  targetGroupGaps: BuurtGap[];
  /** Themes / target groups with nothing in any buurt of the area. */
  themesMissingEverywhere: string[];
  targetGroupsMissingEverywhere: string[];
  freshness: AreaFreshness;
  queue: { revisions: number; reportedItems: number };
  /** Calendar feeds of the area (and below) whose last fetch failed or that are no usable source. */
  feedsInError: Array<{
    id: string;
    name: string;
    state: 'error' | 'bad_source';
    problemKey: string | null;
    area: { code: string; name: string };
  }>;
  staleTotal: number;
  stale: Array<{
    assetId: string;
    title: string;
    kind: AssetKind;
    freshness: FreshnessState;
    lastVerifiedAt: Date;
    area: { code: string; name: string };
  }>;
}

const staleLimit = 25;

export async function getAreaOverview(
  db: Db,
  actor: Actor,
  areaCode: string,
  now = new Date(),
): Promise<AreaOverview> {
  const municipalityId = actor.municipalityId;
  const area = await findAreaRowByCode(db, municipalityId, areaCode.toUpperCase());
  if (!area) throw new NotFoundError('area');
  requireAccess(actor, 'read', { type: 'social_map_overview', municipalityId, areaPath: area.path });
  const sdb = smDb(db);
  const [kindRows, crossRows, buurtRows, perBuurt, queue, stale, freshness, terms, failing, unusable] =
    await Promise.all([
      countsByKindAndFormality(sdb, municipalityId, area.path),
      countsByThemeAndTargetGroup(sdb, municipalityId, area.path),
      buurtenWithin(sdb, municipalityId, area.path),
      countsPerBuurt(sdb, municipalityId, area.path),
      queueCounts(sdb, municipalityId, area.path),
      goingStale(sdb, municipalityId, area.path, staleLimit),
      areaFreshness(db, actor, area.code, now),
      listTaxonomy(db, municipalityId),
      listFeeds(db, actor, { state: 'error', limit: 200 }),
      listFeeds(db, actor, { state: 'bad_source', limit: 200 }),
    ]);
  const inArea = (path: string) => path === area.path || path.startsWith(`${area.path}/`);

  const themes = terms.filter((t) => t.vocabulary === 'theme');
  const targetGroups = terms.filter((t) => t.vocabulary === 'target_group');
  const themeCodes = themes.map((t) => t.code);
  const groupCodes = targetGroups.map((t) => t.code);

  const byKind = Object.fromEntries(
    assetKinds.map((k) => [k, { formal: 0, informal: 0 }]),
  ) as AreaOverview['byKind'];
  const byFormality: AreaOverview['byFormality'] = { formal: 0, informal: 0 };
  for (const r of kindRows) {
    byKind[r.kind][r.formality] += r.n;
    byFormality[r.formality] += r.n;
  }

  const key = (value: string | null) => value ?? noneKey;
  const themeKind: Cell[] = [];
  const groupKind: Cell[] = [];
  const themeGroup: Cell[] = [];
  for (const r of crossRows) {
    if (!r.theme_grouped && !r.target_group_grouped)
      themeGroup.push({ row: key(r.theme), col: key(r.target_group), n: r.n });
    else if (!r.theme_grouped) themeKind.push({ row: key(r.theme), col: r.kind, n: r.n });
    else groupKind.push({ row: key(r.target_group), col: r.kind, n: r.n });
  }
  const themeRows = [...themeCodes, noneKey];
  const groupRows = [...groupCodes, noneKey];

  const buurtCodes = buurtRows.map((b) => b.code);
  const buurtTheme: Cell[] = [];
  const buurtGroup: Cell[] = [];
  const buurtTotals = new Map<string, number>();
  for (const r of perBuurt) {
    if (r.theme_grouped && r.target_group_grouped) buurtTotals.set(r.code, r.n);
    else if (!r.theme_grouped && r.theme !== null) buurtTheme.push({ row: r.code, col: r.theme, n: r.n });
    else if (!r.target_group_grouped && r.target_group !== null)
      buurtGroup.push({ row: r.code, col: r.target_group, n: r.n });
  }
  const buurtByTheme = toMatrix(buurtTheme, buurtCodes, themeCodes);
  const buurtByTargetGroup = toMatrix(buurtGroup, buurtCodes, groupCodes);

  return {
    area: { code: area.code, name: area.name, kind: area.kind as AreaKind },
    total: byFormality.formal + byFormality.informal,
    byKind,
    byFormality,
    themes,
    targetGroups,
    themeByKind: toMatrix(themeKind, themeRows, assetKinds),
    targetGroupByKind: toMatrix(groupKind, groupRows, assetKinds),
    themeByTargetGroup: toMatrix(themeGroup, themeRows, groupRows),
    buurten: buurtRows.map((b) => ({ code: b.code, name: b.name, total: buurtTotals.get(b.code) ?? 0 })),
    buurtByTheme,
    buurtByTargetGroup,
    themeGaps: gapsOf(buurtByTheme, themeCodes),
    targetGroupGaps: gapsOf(buurtByTargetGroup, groupCodes),
    themesMissingEverywhere: buurtCodes.length ? missingEverywhere(buurtByTheme, themeCodes) : [],
    targetGroupsMissingEverywhere: buurtCodes.length ? missingEverywhere(buurtByTargetGroup, groupCodes) : [],
    freshness,
    queue: { revisions: queue.revisions, reportedItems: queue.reported },
    feedsInError: [...failing.items, ...unusable.items]
      .filter((f) => inArea(f.area.path))
      .map((f) => ({
        id: f.id,
        name: f.name,
        state: f.state as 'error' | 'bad_source',
        problemKey: f.problemKey,
        area: { code: f.area.code, name: f.area.name },
      })),
    staleTotal: stale[0]?.total ?? 0,
    stale: stale.map((s) => ({
      assetId: s.id,
      title: s.title,
      kind: s.kind,
      freshness: s.freshness_state,
      lastVerifiedAt: new Date(s.last_verified_at),
      area: { code: s.area_code, name: s.area_name },
    })),
  };
}

export interface OverviewArea {
  code: string;
  name: string;
  kind: AreaKind;
  depth: number;
}

/** The areas whose overview the actor may see (not the buurten: they are in their wijk's overview). */
export async function listOverviewAreas(db: Db, actor: Actor): Promise<OverviewArea[]> {
  const rows = await listAreaRows(db, actor.municipalityId);
  return rows
    .filter(
      (a) =>
        a.kind !== 'buurt' &&
        can(actor, 'read', {
          type: 'social_map_overview',
          municipalityId: actor.municipalityId,
          areaPath: a.path,
        }),
    )
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind as AreaKind,
      depth: a.path.split('/').length - 1,
    }));
}
