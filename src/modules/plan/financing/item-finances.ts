import { sql } from 'kysely';
import type { Db } from '../../../core/db/database.ts';

// The money of plan items for the other parts (cycles: items with no money in time; reports:
// finances per goal and action line). An item's figures include the budget lines of everything
// below it, so a goal shows what its interventions have. No permission check: callers have
// already decided the actor may read these items (they pass ids of plans they loaded).

export interface ItemFinances {
  committedCents: number;
  spentCents: number;
  /** Committed from other sources than the programme's own budget (co-financing). */
  otherSourcesCents: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Committed, spent and co-financed cents per item (its own lines plus its descendants'), in one
 * query. Every id that is an item of the municipality is in the map, with zeros when it has no
 * budget lines; ids of other municipalities or of nothing are left out.
 */
export async function financesOfItems(
  db: Db,
  municipalityId: string,
  itemIds: readonly string[],
): Promise<Map<string, ItemFinances>> {
  const ids = [...new Set(itemIds.filter((id) => uuidPattern.test(id)))];
  const out = new Map<string, ItemFinances>();
  if (ids.length === 0) return out;
  const { rows } = await sql<{
    root_id: string;
    committed: number | string | bigint | null;
    spent: number | string | bigint | null;
    other: number | string | bigint | null;
  }>`
    with recursive sub(root_id, id) as (
      select i.id, i.id from plan_items i
      where i.municipality_id = ${municipalityId} and i.id = any(${ids}::uuid[])
      union all
      select sub.root_id, c.id from plan_items c join sub on c.parent_id = sub.id
      where c.municipality_id = ${municipalityId}
    )
    select sub.root_id,
      coalesce(sum(l.committed_cents), 0)::numeric as committed,
      coalesce(sum(l.spent_cents), 0)::numeric as spent,
      coalesce(sum(l.committed_cents) filter (where l.source_kind <> 'programme_budget'), 0)::numeric as other
    from sub
    left join plan_budget_lines l on l.item_id = sub.id and l.municipality_id = ${municipalityId}
    group by sub.root_id
  `.execute(db);
  for (const r of rows) {
    out.set(r.root_id, {
      committedCents: Number(r.committed ?? 0),
      spentCents: Number(r.spent ?? 0),
      otherSourcesCents: Number(r.other ?? 0),
    });
  }
  return out;
}
