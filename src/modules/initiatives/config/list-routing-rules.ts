import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { matchRule } from '../rules/routing.ts';
import {
  findAreaRef,
  findCategoryRow,
  findOrganisationRef,
  findPersonRef,
  organisationMembers,
  owningOrganisations,
  ruleRows,
  toRuleView,
} from './config.repository.ts';
import type { RoutingRuleView } from './config.ts';
import { requireConfigStaffRead } from './config-access.ts';
import { parseConfigInput, type RouteTestInput, routeTestInput } from './config-input.ts';
import { loadRoutingRules } from './route-item.ts';

export type { RouteTestInput };
export { routeTestInput };

/** Every rule in order (inactive ones too), for staff and partners. */
export async function listRoutingRules(ctx: ServiceContext): Promise<RoutingRuleView[]> {
  requireConfigStaffRead(ctx.actor);
  return (await ruleRows(ctx.db, ctx.actor.municipalityId, { activeOnly: false })).map(toRuleView);
}

export interface RouteTestResult {
  category: { id: string; name: string; kindId: string };
  area: { code: string; name: string };
  organisation: { id: string; name: string };
  person: { id: string; name: string } | null;
  /** The rule that decided, or null: no rule matched and the category's owner takes it. */
  rule: RoutingRuleView | null;
}

/**
 * "Where would this go?": the same routing as a real submission (routeItem), explained — which
 * rule matched, or that the category's owner takes it. Writes nothing.
 */
export async function testRoute(ctx: ServiceContext, input: RouteTestInput): Promise<RouteTestResult> {
  requireConfigStaffRead(ctx.actor);
  const data = parseConfigInput(routeTestInput, input);
  const m = ctx.actor.municipalityId;
  const [category, area] = await Promise.all([
    findCategoryRow(ctx.db, m, data.categoryId),
    findAreaRef(ctx.db, m, data.areaCode),
  ]);
  const errors = [
    ...(category ? [] : [{ field: 'categoryId', key: 'initiatives.config.error.categoryUnknown' }]),
    ...(area ? [] : [{ field: 'areaCode', key: 'initiatives.config.error.areaUnknown' }]),
  ];
  if (!category || !area) throw new ValidationError(errors);
  const rule = matchRule(await loadRoutingRules(ctx.db, m), {
    kindId: category.kind_id,
    categoryId: category.id,
    areaPath: area.path,
  });
  const organisationId = rule?.targetOrganisationId ?? category.owner_organisation_id;
  const personId = rule?.targetPersonId ?? null;
  const [organisation, person] = await Promise.all([
    findOrganisationRef(ctx.db, m, organisationId),
    personId ? findPersonRef(ctx.db, m, personId) : Promise.resolve(undefined),
  ]);
  if (!organisation) throw new NotFoundError('organisation');
  const ruleView = rule
    ? toRuleView(
        (await ruleRows(ctx.db, m, { activeOnly: true })).find((r) => r.id === rule.id) ??
          (() => {
            throw new NotFoundError('initiative_routing_rule');
          })(),
      )
    : null;
  return {
    category: { id: category.id, name: category.name, kindId: category.kind_id },
    area: { code: area.code, name: area.name },
    organisation: { id: organisation.id, name: organisation.name },
    person: person ? { id: person.id, name: person.name } : null,
    rule: ruleView,
  };
}

/** Choices for rule forms: departments and partners, and the people in each. */
export async function routingTargets(ctx: ServiceContext) {
  requireConfigStaffRead(ctx.actor);
  const m = ctx.actor.municipalityId;
  const [organisations, members] = await Promise.all([
    owningOrganisations(ctx.db, m),
    organisationMembers(ctx.db, m),
  ]);
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    people: dedupe(
      members.filter((p) => p.organisation_id === o.id).map((p) => ({ id: p.id, name: p.name })),
    ),
  }));
}

function dedupe(list: Array<{ id: string; name: string }>) {
  const seen = new Set<string>();
  return list.filter((p) => {
    if (seen.has(p.id)) return false;
    seen.add(p.id);
    return true;
  });
}
