import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, type FieldError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import {
  findAreaRef,
  findCategoryRow,
  findKindRow,
  findOrganisationRef,
  findPersonRef,
  isUuid,
  lockRules,
  personInOrganisation,
  type Queryable,
  renumberRules,
  ruleRows,
  toRuleView,
} from './config.repository.ts';
import type { RoutingRuleView } from './config.ts';
import { requireConfigChange, requireConfigStaffRead } from './config-access.ts';
import {
  type CreateRuleInput,
  createRuleInput,
  type MoveRuleInput,
  moveRuleInput,
  parseConfigInput,
  type ReorderRulesInput,
  reorderRulesInput,
  type UpdateRuleInput,
  updateRuleInput,
} from './config-input.ts';

export type { CreateRuleInput, MoveRuleInput, ReorderRulesInput, UpdateRuleInput };
export { createRuleInput, moveRuleInput, reorderRulesInput, updateRuleInput };

// Routing rules: an ordered list, first match wins. Conditions (kind, category, area subtree) are
// each optional; the target is a department/team/partner, optionally one person in it. New rules
// go to the end; moving swaps with the neighbour; a reorder sends the whole order. Positions are
// kept 1..n so the order is always unambiguous.

interface RuleValues {
  kindId: string | null;
  categoryId: string | null;
  areaCode: string | null;
  targetOrganisationId: string;
  targetPersonId: string | null;
  note: string;
  active: boolean;
}

/** Checks the conditions and the target; returns the area's id. */
async function resolveRule(q: Queryable, m: string, v: RuleValues): Promise<{ areaId: string | null }> {
  const errors: FieldError[] = [];
  if (v.kindId !== null && !(await findKindRow(q, m, v.kindId)))
    errors.push({ field: 'kindId', key: 'initiatives.config.error.kindUnknown' });
  if (v.categoryId !== null) {
    const category = await findCategoryRow(q, m, v.categoryId);
    if (!category) errors.push({ field: 'categoryId', key: 'initiatives.config.error.categoryUnknown' });
    else if (v.kindId !== null && category.kind_id !== v.kindId)
      // A rule whose category is of another kind could never match.
      errors.push({ field: 'categoryId', key: 'initiatives.config.error.categoryNotOfKind' });
  }
  let areaId: string | null = null;
  if (v.areaCode !== null) {
    const area = await findAreaRef(q, m, v.areaCode);
    if (area) areaId = area.id;
    else errors.push({ field: 'areaCode', key: 'initiatives.config.error.areaUnknown' });
  }
  const org = await findOrganisationRef(q, m, v.targetOrganisationId);
  if (!org || (org.kind !== 'department' && org.kind !== 'partner'))
    errors.push({ field: 'targetOrganisationId', key: 'initiatives.config.error.organisationUnknown' });
  if (v.targetPersonId !== null) {
    const person = await findPersonRef(q, m, v.targetPersonId);
    if (!person) errors.push({ field: 'targetPersonId', key: 'initiatives.config.error.personUnknown' });
    else if (org && !(await personInOrganisation(q, m, v.targetPersonId, v.targetOrganisationId)))
      errors.push({ field: 'targetPersonId', key: 'initiatives.config.error.personNotInOrganisation' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return { areaId };
}

async function ruleView(q: Queryable, m: string, id: string): Promise<RoutingRuleView> {
  const row = (await ruleRows(q, m, { activeOnly: false })).find((r) => r.id === id);
  if (!row) throw new NotFoundError('initiative_routing_rule');
  return toRuleView(row);
}

export async function createRoutingRule(
  ctx: ServiceContext,
  input: CreateRuleInput,
): Promise<RoutingRuleView> {
  requireConfigChange(ctx.actor, 'create');
  const data = parseConfigInput(createRuleInput, input);
  const m = ctx.actor.municipalityId;
  const values: RuleValues = {
    kindId: data.kindId ?? null,
    categoryId: data.categoryId ?? null,
    areaCode: data.areaCode ?? null,
    targetOrganisationId: data.targetOrganisationId,
    targetPersonId: data.targetPersonId ?? null,
    note: data.note,
    active: data.active,
  };
  const { areaId } = await resolveRule(ctx.db, m, values);
  const id = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const rules = await lockRules(tx, m);
    await renumberRules(tx, m, rules);
    const row = await tx
      .insertInto('initiative_routing_rules')
      .values({
        municipality_id: m,
        position: rules.length + 1,
        kind_id: values.kindId,
        category_id: values.categoryId,
        area_id: areaId,
        target_organisation_id: values.targetOrganisationId,
        target_person_id: values.targetPersonId,
        note: values.note,
        active: values.active,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    audit({
      action: 'initiatives.routing_rule.create',
      resourceType: 'initiative_config',
      resourceId: row.id,
      changes: { ...values, position: rules.length + 1 },
    });
    return row.id;
  });
  return ruleView(ctx.db, m, id);
}

export async function getRoutingRule(ctx: ServiceContext, id: string): Promise<RoutingRuleView> {
  requireConfigStaffRead(ctx.actor);
  if (!isUuid(id)) throw new NotFoundError('initiative_routing_rule');
  return ruleView(ctx.db, ctx.actor.municipalityId, id);
}

export async function updateRoutingRule(
  ctx: ServiceContext,
  id: string,
  input: UpdateRuleInput,
): Promise<RoutingRuleView> {
  requireConfigChange(ctx.actor, 'update');
  const m = ctx.actor.municipalityId;
  const before = await getRoutingRule(ctx, id);
  const data = parseConfigInput(updateRuleInput, input);
  const beforeValues: RuleValues = {
    kindId: before.kindId,
    categoryId: before.categoryId,
    areaCode: before.areaCode,
    targetOrganisationId: before.targetOrganisationId,
    targetPersonId: before.targetPersonId,
    note: before.note,
    active: before.active,
  };
  const after: RuleValues = {
    kindId: data.kindId === undefined ? before.kindId : data.kindId,
    categoryId: data.categoryId === undefined ? before.categoryId : data.categoryId,
    areaCode: data.areaCode === undefined ? before.areaCode : data.areaCode,
    targetOrganisationId: data.targetOrganisationId ?? before.targetOrganisationId,
    // A new target organisation without a person named: the old person does not come along.
    targetPersonId:
      data.targetPersonId !== undefined
        ? data.targetPersonId
        : data.targetOrganisationId !== undefined && data.targetOrganisationId !== before.targetOrganisationId
          ? null
          : before.targetPersonId,
    note: data.note ?? before.note,
    active: data.active ?? before.active,
  };
  const { areaId } = await resolveRule(ctx.db, m, after);
  if (data.version !== before.version) throw new ConflictError('initiatives.config.error.conflict');
  await runWrite(ctx, async (wtx, audit) => {
    const saved = await initiativesTx(wtx)
      .updateTable('initiative_routing_rules')
      .set((eb) => ({
        kind_id: after.kindId,
        category_id: after.categoryId,
        area_id: areaId,
        target_organisation_id: after.targetOrganisationId,
        target_person_id: after.targetPersonId,
        note: after.note,
        active: after.active,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('municipality_id', '=', m)
      .where('id', '=', id)
      .where('version', '=', data.version)
      .returning('id')
      .executeTakeFirst();
    if (!saved) throw new ConflictError('initiatives.config.error.conflict');
    audit({
      action: 'initiatives.routing_rule.update',
      resourceType: 'initiative_config',
      resourceId: id,
      changes: changedFields({ ...beforeValues }, { ...after }),
    });
  });
  return ruleView(ctx.db, m, id);
}

/** Removes a rule (items already routed keep their owner); the others close ranks. */
export async function deleteRoutingRule(ctx: ServiceContext, id: string, version?: number): Promise<void> {
  requireConfigChange(ctx.actor, 'delete');
  const m = ctx.actor.municipalityId;
  const before = await getRoutingRule(ctx, id);
  if (version !== undefined && version !== before.version)
    throw new ConflictError('initiatives.config.error.conflict');
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    let query = tx
      .deleteFrom('initiative_routing_rules')
      .where('municipality_id', '=', m)
      .where('id', '=', id);
    if (version !== undefined) query = query.where('version', '=', version);
    const gone = await query.returning('id').executeTakeFirst();
    if (!gone) throw new ConflictError('initiatives.config.error.conflict');
    await renumberRules(tx, m, await lockRules(tx, m));
    audit({
      action: 'initiatives.routing_rule.delete',
      resourceType: 'initiative_config',
      resourceId: id,
      changes: {
        position: before.position,
        kindId: before.kindId,
        categoryId: before.categoryId,
        areaCode: before.areaCode,
        targetOrganisationId: before.targetOrganisationId,
      },
    });
  });
}

/** Moves a rule one place up (earlier, tried first) or down; at either end nothing changes. */
export async function moveRoutingRule(
  ctx: ServiceContext,
  id: string,
  input: MoveRuleInput,
): Promise<RoutingRuleView[]> {
  requireConfigChange(ctx.actor, 'update');
  const m = ctx.actor.municipalityId;
  await getRoutingRule(ctx, id);
  const data = parseConfigInput(moveRuleInput, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const rules = await lockRules(tx, m);
    const i = rules.findIndex((r) => r.id === id);
    const rule = rules[i];
    if (!rule) throw new NotFoundError('initiative_routing_rule');
    if (data.version !== undefined && data.version !== rule.version)
      throw new ConflictError('initiatives.config.error.conflict');
    const j = data.direction === 'up' ? i - 1 : i + 1;
    const other = rules[j];
    const order = [...rules];
    if (other) {
      order[i] = other;
      order[j] = rule;
    }
    // Renumber against the positions as stored, so every rule that moved gets a new version.
    await renumberRules(tx, m, order);
    audit({
      action: 'initiatives.routing_rule.move',
      resourceType: 'initiative_config',
      resourceId: id,
      changes: { direction: data.direction, from: i + 1, to: other ? j + 1 : i + 1 },
    });
  });
  return listRulesAfterWrite(ctx, m);
}

/** Puts the rules in the order given; the list must name every rule exactly once. */
export async function reorderRoutingRules(
  ctx: ServiceContext,
  input: ReorderRulesInput,
): Promise<RoutingRuleView[]> {
  requireConfigChange(ctx.actor, 'update');
  const m = ctx.actor.municipalityId;
  const data = parseConfigInput(reorderRulesInput, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const rules = await lockRules(tx, m);
    const byId = new Map(rules.map((r) => [r.id, r]));
    const complete =
      data.ruleIds.length === rules.length &&
      new Set(data.ruleIds).size === rules.length &&
      data.ruleIds.every((rid) => byId.has(rid));
    if (!complete)
      throw new ValidationError([{ field: 'ruleIds', key: 'initiatives.config.error.reorderIncomplete' }]);
    await renumberRules(
      tx,
      m,
      data.ruleIds.map((rid) => byId.get(rid) ?? { id: rid, position: 0 }),
    );
    audit({
      action: 'initiatives.routing_rule.reorder',
      resourceType: 'initiative_config',
      changes: { order: data.ruleIds },
    });
  });
  return listRulesAfterWrite(ctx, m);
}

async function listRulesAfterWrite(ctx: ServiceContext, m: string): Promise<RoutingRuleView[]> {
  return (await ruleRows(ctx.db, m, { activeOnly: false })).map(toRuleView);
}
