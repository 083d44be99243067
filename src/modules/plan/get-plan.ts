import type { ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError } from '../../core/errors.ts';
import { labelItemLinks } from './item-link-labels.ts';
import { planDb } from './plan.tables.ts';
import type { PlanItem, PlanTreeNode, PlanView } from './plan.ts';
import { planPermissions, requirePlan } from './plan-access.ts';
import { buildPlanTree, findNode, planProgress } from './plan-tree.ts';
import { loadItems } from './plans.repository.ts';

// The plan as a page or the API shows it: text, members, the tree with rolled-up progress, and
// what the actor may do. NotFoundError when the actor may not read it.

export async function getPlanView(ctx: ServiceContext, planId: string): Promise<PlanView> {
  const p = await requirePlan(ctx.db, ctx.actor, planId);
  const loaded = (await loadItems(planDb(ctx.db), ctx.actor.municipalityId, [p.row.id])).get(p.row.id) ?? [];
  const items = await labelItemLinks(ctx.db, ctx.actor, loaded);
  const tree = buildPlanTree(items);
  return {
    plan: p.plan,
    members: p.members.map(({ membership: _, ...m }) => m),
    tree,
    progress: planProgress(tree),
    permissions: planPermissions(
      ctx.actor,
      p.resource,
      items.map((i) => ({
        id: i.id,
        level: i.level,
        ownerOrganisationId: i.ownerOrganisation?.id ?? null,
        contactPersonId: i.contactPerson?.id ?? null,
      })),
    ),
  };
}

export interface ItemView {
  view: PlanView;
  node: PlanTreeNode;
  /** From the goal down to the item's parent. */
  ancestors: PlanItem[];
}

/** One item of a plan with its subtree, its ancestors and the plan around it. */
export async function getItemView(ctx: ServiceContext, planId: string, itemId: string): Promise<ItemView> {
  const view = await getPlanView(ctx, planId);
  const node = findNode(view.tree, itemId);
  if (!node) throw new NotFoundError('plan_item');
  const ancestors: PlanItem[] = [];
  let parentId = node.item.parentId;
  while (parentId) {
    const parent = findNode(view.tree, parentId);
    if (!parent) break;
    ancestors.unshift(parent.item);
    parentId = parent.item.parentId;
  }
  return { view, node, ancestors };
}
