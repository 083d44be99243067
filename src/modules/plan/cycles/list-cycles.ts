import type { Db } from '../../../core/db/database.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import type { CycleOccurrence, PlanningCycle } from './cycle.ts';
import './cycles-policy.ts';
import { listCycleRows } from './cycles.repository.ts';
import { expandDeadline } from './deadlines.ts';

export interface ListCyclesOptions {
  /** Only these organisations' cycles (and, with withMunicipal, the municipality's own). */
  organisationIds?: string[] | undefined;
  withMunicipal?: boolean;
  /** Position in the list (the API's opaque cursor carries it). */
  offset?: number | undefined;
  limit?: number | undefined;
}

/** Cycles, the municipality's own first, then by organisation and name; nextOffset when more follow. */
export async function listCycles(
  db: Db,
  actor: Actor,
  options: ListCyclesOptions = {},
): Promise<{ items: PlanningCycle[]; nextOffset: number | null }> {
  requireAccess(actor, 'list', {
    type: 'planning_cycle',
    municipalityId: actor.municipalityId,
    organisationId: null,
  });
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const rows = await listCycleRows(db, actor.municipalityId, {
    organisationIds: options.organisationIds,
    withMunicipal: options.withMunicipal ?? true,
    offset,
    limit: limit + 1,
  });
  return { items: rows.slice(0, limit), nextOffset: rows.length > limit ? offset + limit : null };
}

/** Every date a deadline of these cycles falls on in [from, to], by date. */
export function occurrencesOf(cycles: PlanningCycle[], from: string, to: string): CycleOccurrence[] {
  const out: CycleOccurrence[] = [];
  for (const cycle of cycles) {
    const ref = { id: cycle.id, name: cycle.name, organisation: cycle.organisation };
    for (const deadline of cycle.deadlines) {
      for (const date of expandDeadline(deadline, from, to)) out.push({ date, deadline, cycle: ref });
    }
  }
  return out.sort((a, b) =>
    a.date === b.date ? a.cycle.name.localeCompare(b.cycle.name) : a.date < b.date ? -1 : 1,
  );
}
