import type { ServiceContext } from '../../../core/audit/write.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { findPlanItemRef } from './plan-items.ts';
import { loadSignalRow } from './signal-access.ts';
import { type SignalCandidatesInput, signalCandidatesInput } from './signal-input.ts';
import { categoryNames } from './signal-names.ts';
import { toSignalItem, toSignals } from './signal-view.ts';
import { candidateItemRows, signalItemRows } from './signals.repository.ts';
import type { NeighbourhoodSignal, NeighbourhoodSignalView, SignalItem } from './signals.ts';

// One wijksignaal with its items and the plan item it is linked to; and the items of its area
// that could be added to it (search by words or category).

export async function getSignal(
  ctx: ServiceContext,
  id: string,
  locale: Locale,
): Promise<NeighbourhoodSignalView> {
  const row = await loadSignalRow(ctx, id, 'read');
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const [signals, items, categories, planItem] = await Promise.all([
    toSignals(db, m, [row]),
    signalItemRows(db, m, row.id),
    categoryNames(db, m, locale),
    findPlanItemRef(ctx, row.plan_item_id),
  ]);
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return {
    signal: signals[0] as NeighbourhoodSignal,
    items: items.map((r) => toSignalItem(r, (cid) => names.get(cid) ?? '')),
    planItem,
  };
}

export async function findSignalCandidates(
  ctx: ServiceContext,
  id: string,
  input: SignalCandidatesInput,
  locale: Locale,
): Promise<SignalItem[]> {
  const f = parseInput(signalCandidatesInput, input);
  const row = await loadSignalRow(ctx, id, 'update');
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const [rows, categories] = await Promise.all([
    candidateItemRows(db, m, {
      path: row.area_path,
      categoryId: f.categoryId || undefined,
      q: f.q || undefined,
      limit: f.limit,
    }),
    categoryNames(db, m, locale),
  ]);
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return rows.map((r) => toSignalItem(r, (cid) => names.get(cid) ?? ''));
}

/** The categories to search by (names in the reader's language). */
export async function signalCategoryChoices(
  ctx: ServiceContext,
  locale: Locale,
): Promise<Array<{ id: string; name: string }>> {
  const categories = await categoryNames(initiativesDb(ctx.db), ctx.actor.municipalityId, locale);
  return categories.filter((c) => c.active).map((c) => ({ id: c.id, name: c.name }));
}
