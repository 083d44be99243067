import type { ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { assetTitles } from '../social-map/asset-titles.ts';
import './i18n.ts';
import { planDb } from './plan.tables.ts';
import type { PlanItem } from './plan.ts';
import { loadItem } from './plans.repository.ts';
import { updateItem } from './update-item.ts';

// Links from a plan item to items of the social map ("the walking group meets at the library"):
// on a page people paste the item's address; the item must exist and be readable to them.

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The item id in what was pasted: the id itself or an address such as …/sociale-kaart/{id}. */
export function socialMapReference(text: string): string | null {
  const found = text.trim().match(uuidPattern);
  return found ? found[0].toLowerCase() : null;
}

async function requireItem(ctx: ServiceContext, planId: string, itemId: string): Promise<PlanItem> {
  const item = await loadItem(planDb(ctx.db), ctx.actor.municipalityId, itemId);
  if (!item || item.planId !== planId) throw new NotFoundError('plan_item');
  return item;
}

const linkInputs = (item: PlanItem) => item.links.map((l) => ({ module: l.module, refId: l.refId }));

/** Links the item to a social-map item; linking it twice changes nothing. */
export async function addSocialMapLink(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  reference: string,
): Promise<PlanItem> {
  const refId = socialMapReference(reference);
  if (!refId) throw new ValidationError([{ field: 'reference', key: 'plan.validation.linkReference' }]);
  const item = await requireItem(ctx, planId, itemId);
  const titles = await assetTitles(ctx.db, ctx.actor, [refId]);
  if (!titles.has(refId))
    throw new ValidationError([{ field: 'reference', key: 'plan.validation.linkUnknown' }]);
  if (item.links.some((l) => l.module === 'social_map' && l.refId === refId)) return item;
  return updateItem(ctx, planId, itemId, {
    version: item.version,
    links: [...linkInputs(item), { module: 'social_map', refId }],
  });
}

export async function removeItemLink(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  refId: string,
): Promise<PlanItem> {
  const item = await requireItem(ctx, planId, itemId);
  return updateItem(ctx, planId, itemId, {
    version: item.version,
    links: linkInputs(item).filter((l) => l.refId !== refId),
  });
}
