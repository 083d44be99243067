import { findAreaRowByCode, findAreaRowById } from '../../core/areas/areas.repository.ts';
import { locatePoint } from '../../core/areas/locate-point.ts';
import type { Db } from '../../core/db/database.ts';
import { type FieldError, ValidationError } from '../../core/errors.ts';
import type { Actor } from '../../core/permissions/actor.ts';
import type { AreaRef, AssetContent, AssetKind } from './asset.ts';
import { type ContentPatch, crossFieldIssues } from './asset-input.ts';
import { existingAssetIds, organisationName } from './assets.repository.ts';
import { smDb } from './social-map.tables.ts';
import { listTaxonomy, type Term } from './taxonomy.ts';

// Shared steps of every write of content: find the area, merge a patch, check it against the
// municipality's data, and build the search text. Used by create, submit, update and review.

export function emptyContent(kind: AssetKind, areaId: string): AssetContent {
  return {
    kind,
    formality: 'informal',
    title: '',
    summary: '',
    description: '',
    areaId,
    ownerOrganisationId: null,
    themes: [],
    targetGroups: [],
    abcdCategories: [],
    locationType: 'area',
    address: null,
    point: null,
    onlineUrl: null,
    schedules: [],
    scheduleNote: null,
    costFree: true,
    costText: null,
    languages: [],
    accessibility: [],
    contact: [],
    photoUrl: null,
    photoAlt: null,
    validFrom: null,
    validUntil: null,
    links: [],
  };
}

/** The content after a patch: fields the patch names replace the base; areaCode became areaId. */
export function mergeContent(base: AssetContent, patch: ContentPatch, areaId: string): AssetContent {
  const { areaCode: _areaCode, organisationId, ...rest } = patch;
  const out: AssetContent = { ...base, areaId };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  if (organisationId !== undefined) out.ownerOrganisationId = organisationId;
  // Only an item at an address has one; an item without a fixed place has no point either.
  if (out.locationType !== 'address') out.address = null;
  if (out.locationType === 'none' || out.locationType === 'online') out.point = null;
  if (out.costFree) out.costText = null;
  return out;
}

/**
 * The area of an item: the code given, else the buurt (or wijk) around the point, else the
 * whole municipality (an initiative without a fixed place).
 */
export async function resolveArea(
  db: Db,
  actor: Actor,
  v: { areaCode?: string | null | undefined; point?: { lat: number; lon: number } | null | undefined },
): Promise<AreaRef> {
  const municipalityId = actor.municipalityId;
  if (v.areaCode) {
    const row = await findAreaRowByCode(db, municipalityId, v.areaCode);
    if (!row) throw new ValidationError([{ field: 'areaCode', key: 'validation.choice' }]);
    return { id: row.id, code: row.code, name: row.name, path: row.path };
  }
  if (v.point) {
    const loc = await locatePoint(db, actor, v.point.lat, v.point.lon);
    const hit = loc.buurt ?? loc.wijk ?? loc.gebied ?? loc.gemeente;
    if (!hit) throw new ValidationError([{ field: 'point', key: 'socialMap.validation.pointOutside' }]);
    return { id: hit.id, code: hit.code, name: hit.name, path: hit.path };
  }
  const root = await smDb(db)
    .selectFrom('areas')
    .select(['id', 'code', 'name', 'path'])
    .where('municipality_id', '=', municipalityId)
    .where('parent_id', 'is', null)
    .orderBy('path')
    .executeTakeFirst();
  if (!root) throw new ValidationError([{ field: 'areaCode', key: 'validation.required' }]);
  return root;
}

export async function areaRefById(db: Db, municipalityId: string, id: string): Promise<AreaRef | null> {
  const row = await findAreaRowById(db, municipalityId, id);
  return row ? { id: row.id, code: row.code, name: row.name, path: row.path } : null;
}

/** Checks a complete content against the rules and the municipality's data; throws every problem at once. */
export async function checkContent(
  db: Db,
  municipalityId: string,
  content: AssetContent,
  selfId?: string,
): Promise<{ terms: Term[]; organisationName: string | null }> {
  const errors: FieldError[] = crossFieldIssues(content).map((i) => ({ field: i.field, key: i.key }));
  const terms = await listTaxonomy(db, municipalityId);
  const known = (vocabulary: Term['vocabulary']) =>
    new Set(terms.filter((t) => t.vocabulary === vocabulary).map((t) => t.code));
  const checkCodes = (field: string, codes: string[], vocabulary: Term['vocabulary']) => {
    const set = known(vocabulary);
    codes.forEach((c, i) => {
      if (!set.has(c)) errors.push({ field: `${field}.${i}`, key: 'validation.choice' });
    });
  };
  checkCodes('themes', content.themes, 'theme');
  checkCodes('targetGroups', content.targetGroups, 'target_group');
  checkCodes('abcdCategories', content.abcdCategories, 'abcd');
  const orgName = await organisationName(smDb(db), municipalityId, content.ownerOrganisationId);
  if (content.ownerOrganisationId && orgName === null)
    errors.push({ field: 'organisationId', key: 'validation.choice' });
  const linkIds = content.links.map((l) => l.assetId);
  const existing = await existingAssetIds(smDb(db), municipalityId, linkIds);
  content.links.forEach((l, i) => {
    if (!existing.has(l.assetId) || l.assetId === selfId)
      errors.push({ field: `links.${i}`, key: 'validation.choice' });
  });
  if (errors.length) throw new ValidationError(errors);
  return { terms, organisationName: orgName };
}

/** What full-text search looks in: title, texts, theme and target group labels, the organisation. */
export function searchTextFor(content: AssetContent, terms: readonly Term[], orgName: string | null): string {
  const label = (vocabulary: Term['vocabulary'], code: string) =>
    terms.find((t) => t.vocabulary === vocabulary && t.code === code)?.labelNl ?? code;
  return [
    content.title,
    content.summary,
    content.description,
    ...content.themes.map((c) => label('theme', c)),
    ...content.targetGroups.map((c) => label('target_group', c)),
    orgName ?? '',
  ]
    .filter((s) => s.length > 0)
    .join('\n');
}
