import { runWrite, type ServiceContext } from '../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { requireAccess } from '../../core/permissions/can.ts';
import './i18n.ts';
import { planDb, planTx } from './plan.tables.ts';
import type { Indicator, IndicatorValue } from './plan.ts';
import {
  type IndicatorInput,
  type IndicatorValueInput,
  indicatorInput,
  indicatorValueInput,
  parsePlanInput,
} from './plan-input.ts';
import { areaByCode, checkPeriod } from './plan-references.ts';
import { cbsFigure, isUuid, loadItem, touchPlan } from './plans.repository.ts';
import { requireItem, rowResource } from './update-item.ts';

// Indicators of an item: what it wants to change, with a baseline, a target and measured values.
// A 'cbs' indicator reads a key figure of an area (areas.attributes from the CBS import) as its
// current value; a 'manual' one takes values entered with their source.

export type { IndicatorInput, IndicatorValueInput };

async function requireEditableItem(ctx: ServiceContext, planId: string, itemId: string) {
  const found = await requireItem(ctx, planId, itemId);
  requireAccess(ctx.actor, 'update', rowResource(found.p, found.row));
  return found;
}

async function indicatorOf(ctx: ServiceContext, itemId: string, indicatorId: string) {
  if (!isUuid(indicatorId)) throw new NotFoundError('plan_indicator');
  const row = await planDb(ctx.db)
    .selectFrom('plan_indicators')
    .select(['id', 'name'])
    .where('municipality_id', '=', ctx.actor.municipalityId)
    .where('item_id', '=', itemId)
    .where('id', '=', indicatorId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('plan_indicator');
  return row;
}

async function resolveIndicator(ctx: ServiceContext, input: IndicatorInput) {
  const data = parsePlanInput(indicatorInput, input);
  checkPeriod(data.baselineOn, data.targetOn, 'targetOn');
  let cbsAreaId: string | null = null;
  if (data.sourceKind === 'cbs' && data.cbsAreaCode && data.cbsKey) {
    const area = await areaByCode(ctx.db, ctx.actor.municipalityId, data.cbsAreaCode, 'cbsAreaCode');
    if (cbsFigure(area.attributes, data.cbsKey) === null)
      throw new ValidationError([{ field: 'cbsKey', key: 'plan.validation.cbsKey' }]);
    cbsAreaId = area.id;
  }
  return {
    name: data.name,
    unit: data.unit,
    direction: data.direction,
    baseline: data.baseline ?? null,
    baseline_on: data.baselineOn ?? null,
    target: data.target ?? null,
    target_on: data.targetOn ?? null,
    source_kind: data.sourceKind,
    cbs_key: data.sourceKind === 'cbs' ? (data.cbsKey ?? null) : null,
    cbs_area_id: cbsAreaId,
  };
}

async function indicatorById(ctx: ServiceContext, itemId: string, indicatorId: string): Promise<Indicator> {
  const item = await loadItem(planDb(ctx.db), ctx.actor.municipalityId, itemId);
  const found = item?.indicators.find((i) => i.id === indicatorId);
  if (!found) throw new NotFoundError('plan_indicator');
  return found;
}

export async function addIndicator(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  input: IndicatorInput,
): Promise<Indicator> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireEditableItem(ctx, planId, itemId);
  const values = await resolveIndicator(ctx, input);
  const id = await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const last = await tx
      .selectFrom('plan_indicators')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('municipality_id', '=', municipalityId)
      .where('item_id', '=', row.id)
      .executeTakeFirst();
    const created = await tx
      .insertInto('plan_indicators')
      .values({
        municipality_id: municipalityId,
        item_id: row.id,
        ...values,
        position: last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: 'plan.indicator.add',
      resourceType: 'plan_item',
      resourceId: row.id,
      changes: { indicatorId: created.id, name: values.name, source: values.source_kind },
    });
    return created.id;
  });
  return indicatorById(ctx, row.id, id);
}

/** Changes an indicator, or removes it (with its values) when input is null. */
export async function changeIndicator(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  indicatorId: string,
  input: IndicatorInput | null,
): Promise<Indicator | null> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireEditableItem(ctx, planId, itemId);
  const current = await indicatorOf(ctx, row.id, indicatorId);
  const values = input === null ? null : await resolveIndicator(ctx, input);
  await runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    if (values === null) {
      await tx
        .deleteFrom('plan_indicators')
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', current.id)
        .execute();
    } else {
      await tx
        .updateTable('plan_indicators')
        .set({ ...values, updated_at: new Date() })
        .where('municipality_id', '=', municipalityId)
        .where('id', '=', current.id)
        .execute();
    }
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: values === null ? 'plan.indicator.remove' : 'plan.indicator.update',
      resourceType: 'plan_item',
      resourceId: row.id,
      changes: { indicatorId: current.id, name: values?.name ?? current.name },
    });
  });
  return values === null ? null : indicatorById(ctx, row.id, current.id);
}

/** Records a measured value of a manual indicator, with where the figure comes from. */
export async function addIndicatorValue(
  ctx: ServiceContext,
  planId: string,
  itemId: string,
  indicatorId: string,
  input: IndicatorValueInput,
): Promise<IndicatorValue> {
  const municipalityId = ctx.actor.municipalityId;
  const { p, row } = await requireEditableItem(ctx, planId, itemId);
  const indicator = await indicatorOf(ctx, row.id, indicatorId);
  const data = parsePlanInput(indicatorValueInput, input);
  return runWrite(ctx, async (wtx, audit) => {
    const tx = planTx(wtx);
    const created = await tx
      .insertInto('plan_indicator_values')
      .values({
        municipality_id: municipalityId,
        indicator_id: indicator.id,
        measured_on: data.measuredOn,
        value: data.value,
        source: data.source,
        note: data.note,
        recorded_by: ctx.actor.personId,
      })
      .returning(['id', 'measured_on', 'value', 'source', 'note'])
      .executeTakeFirstOrThrow();
    await touchPlan(tx, municipalityId, p.row.id);
    audit({
      action: 'plan.indicator.value',
      resourceType: 'plan_item',
      resourceId: row.id,
      changes: {
        indicatorId: indicator.id,
        measuredOn: data.measuredOn,
        value: data.value,
        source: data.source,
      },
    });
    return {
      id: created.id,
      measuredOn: created.measured_on,
      value: Number(created.value),
      source: created.source,
      note: created.note,
    };
  });
}

/** The CBS key figures (numbers) an area has, for choosing a 'cbs' indicator source. */
export async function cbsKeyFigures(
  ctx: ServiceContext,
  areaCode: string,
): Promise<Array<{ key: string; value: number }>> {
  const area = await areaByCode(ctx.db, ctx.actor.municipalityId, areaCode);
  const attributes = (area.attributes ?? {}) as Record<string, unknown>;
  return Object.keys(attributes)
    .map((key) => ({ key, value: cbsFigure(attributes, key) }))
    .filter((f): f is { key: string; value: number } => f.value !== null)
    .sort((a, b) => a.key.localeCompare(b.key));
}
