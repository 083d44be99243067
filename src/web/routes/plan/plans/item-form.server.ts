import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import type { CreateItemInput } from '../../../../modules/plan/create-item.ts';
import type { PlanItem, PlanView } from '../../../../modules/plan/plan.ts';
import type { UpdateItemInput } from '../../../../modules/plan/update-item.ts';
import type { ItemFormOptions } from './item-form.tsx';
import { type FormValues, listOf, orNull } from './plans.server.ts';

// The item form on the server: its choices (organisations, contact people from the plan, the
// areas inside the plan's area), an item as form values, and posted values as service input.

export async function itemFormOptions(
  rc: RequestContext,
  view: PlanView,
  current?: PlanItem,
): Promise<ItemFormOptions> {
  const [organisations, areas] = await Promise.all([
    listOrganisations(rc.app.db, rc.actor, { limit: 5000 }).then((p) => p.items),
    listAreas(rc.app.db, rc.actor, { withinCode: view.plan.area.code, limit: 5000 }).then((p) => p.items),
  ]);
  const people = new Map<string, string>();
  for (const m of view.members) if (m.person) people.set(m.person.id, m.person.name);
  for (const node of view.tree.flatMap(function walk(n): PlanItem[] {
    return [n.item, ...n.children.flatMap(walk)];
  }))
    if (node.contactPerson) people.set(node.contactPerson.id, node.contactPerson.name);
  if (current?.contactPerson) people.set(current.contactPerson.id, current.contactPerson.name);
  if (rc.actor.personId && rc.viewer) people.set(rc.actor.personId, rc.viewer.name);
  return {
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    people: [...people]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    areas: treeOrder(areas)
      .filter((a) => a.code !== view.plan.area.code)
      .map((a) => ({ value: a.code, label: a.name })),
  };
}

export function itemValues(item: PlanItem): FormValues {
  return {
    version: String(item.version),
    title: item.title,
    description: item.description,
    status: item.status,
    progress: item.progress === null ? '' : String(item.progress),
    weight: item.weight === null ? '' : String(item.weight),
    startDate: item.startDate ?? '',
    endDate: item.endDate ?? '',
    ownerOrganisationId: item.ownerOrganisation?.id ?? '',
    contactPersonId: item.contactPerson?.id ?? '',
    themes: item.themes.join(', '),
    areaCodes: item.areas.map((a) => a.code).join(','),
  };
}

function fields(v: FormValues) {
  return {
    title: v.title ?? '',
    description: v.description ?? '',
    status: (v.status || 'planned') as PlanItem['status'],
    progress: orNull(v.progress) as unknown as number | null,
    weight: orNull(v.weight) as unknown as number | null,
    startDate: orNull(v.startDate),
    endDate: orNull(v.endDate),
    ownerOrganisationId: orNull(v.ownerOrganisationId),
    contactPersonId: orNull(v.contactPersonId),
    themes: listOf(v.themes),
    areaCodes: listOf(v.areaCodes),
  };
}

export function createInput(v: FormValues, parentId: string | null): CreateItemInput {
  const f = fields(v);
  // A co-author who leaves the owner empty writes for their own organisation (the service decides).
  const { ownerOrganisationId, ...rest } = f;
  return { ...rest, ...(ownerOrganisationId ? { ownerOrganisationId } : {}), parentId };
}

export function updateInput(v: FormValues): UpdateItemInput {
  return { ...fields(v), version: v.version as unknown as number };
}
