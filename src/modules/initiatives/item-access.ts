import type { ServiceContext } from '../../core/audit/write.ts';
import { sha256 } from '../../core/auth/tokens.ts';
import { NotFoundError } from '../../core/errors.ts';
import { can, requireAccess } from '../../core/permissions/can.ts';
import './policy.ts';
import type { ItemRow } from './initiatives.tables.ts';
import { initiativesDb } from './initiatives.tables.ts';
import { findItemRow, findItemRowByFollowHash, itemResource } from './items.repository.ts';

// Loading an item for an actor: what they may not read does not exist for them (NotFoundError),
// so a department cannot probe for items routed elsewhere. The resident's private link is a
// random token; only its sha256 is stored.

export async function loadItemRow(
  ctx: ServiceContext,
  id: string,
  action: 'read' | 'update' = 'read',
): Promise<ItemRow> {
  const row = await findItemRow(initiativesDb(ctx.db), ctx.actor.municipalityId, id);
  if (!row || !can(ctx.actor, 'read', itemResource(row))) throw new NotFoundError('initiative_item');
  if (action === 'update') requireAccess(ctx.actor, 'update', itemResource(row));
  return row;
}

/** The item behind a resident's private follow link, or NotFoundError. */
export async function loadItemRowByFollowToken(ctx: ServiceContext, token: unknown): Promise<ItemRow> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200)
    throw new NotFoundError('initiative_item');
  const row = await findItemRowByFollowHash(initiativesDb(ctx.db), ctx.actor.municipalityId, sha256(token));
  if (!row) throw new NotFoundError('initiative_item');
  return row;
}
