import { z } from 'zod';
import { findAreaRowByCode } from '../../core/areas/areas.repository.ts';
import type { Db } from '../../core/db/database.ts';
import { NotFoundError } from '../../core/errors.ts';
import { type Actor, hasRole } from '../../core/permissions/actor.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import { parseInput } from '../../core/validation.ts';
import { type Asset, assetKinds } from './asset.ts';
import { linksOf, listAssetRows, toAsset } from './assets.repository.ts';
import './policy.ts';
import { smDb } from './social-map.tables.ts';

export const listAssetsInput = z.object({
  areaCode: z.string().trim().max(20).optional(),
  kind: z.enum(assetKinds).optional(),
  theme: z.string().trim().max(60).optional(),
  /** Editors and owners: include what the public does not see (pending, hidden, stale, staff-only). */
  includeHidden: z.boolean().default(false),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListAssetsInput = z.input<typeof listAssetsInput>;

/**
 * Items of the social map, as the actor may see them: the public sees what is published and
 * visible; with includeHidden, editors also see everything in their areas and owners their own.
 * (Full-text search is built elsewhere on search_text.)
 */
export async function listAssets(
  db: Db,
  actor: Actor,
  input: ListAssetsInput = {},
  now = new Date(),
): Promise<Asset[]> {
  const municipalityId = actor.municipalityId;
  requireAccess(actor, 'list', {
    type: 'asset',
    municipalityId,
    areaPath: '',
    kind: 'place',
    ownerPersonId: null,
    ownerOrganisationId: null,
    publiclyVisible: true,
  });
  const f = parseInput(listAssetsInput, input);
  let areaPath: string | undefined;
  if (f.areaCode) {
    const area = await findAreaRowByCode(db, municipalityId, f.areaCode);
    if (!area) throw new NotFoundError('area');
    areaPath = area.path;
  }
  const staffWide = hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
  const rows = await listAssetRows(
    smDb(db),
    municipalityId,
    {
      areaPath,
      kind: f.kind,
      theme: f.theme,
      publicOnly: !f.includeHidden,
      editorPaths: staffWide
        ? 'all'
        : actor.grants
            .filter((g) => g.role === 'area_officer' && g.areaPath)
            .map((g) => g.areaPath as string),
      ownerPersonId: actor.personId,
      ownerOrganisationIds: actor.grants
        .map((g) => g.organisationId)
        .filter((id): id is string => Boolean(id)),
      limit: f.limit,
      offset: f.offset,
    },
    now,
  );
  const links = await linksOf(
    smDb(db),
    municipalityId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toAsset(r, links.get(r.id) ?? [], now));
}
