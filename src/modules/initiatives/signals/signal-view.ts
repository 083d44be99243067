import type { InitiativesDb, InitiativesTx } from '../initiatives.tables.ts';
import { organisationNames, type SignalItemRow, type SignalRow } from './signals.repository.ts';
import type { NeighbourhoodSignal, SignalItem } from './signals.ts';

// Rows of wijksignalen into what the services hand out.

export async function toSignals(
  db: InitiativesDb | InitiativesTx,
  municipalityId: string,
  rows: SignalRow[],
): Promise<NeighbourhoodSignal[]> {
  const names = await organisationNames(
    db,
    municipalityId,
    rows.flatMap((r) => (r.sent_to_organisation_id ? [r.sent_to_organisation_id] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    area: { id: r.area_id, code: r.area_code, name: r.area_name },
    title: r.title,
    explanation: r.explanation,
    status: r.status,
    planItemId: r.plan_item_id,
    sentToOrganisation: r.sent_to_organisation_id
      ? { id: r.sent_to_organisation_id, name: names.get(r.sent_to_organisation_id) ?? '' }
      : null,
    sentToBoard: r.sent_to_board,
    outcome: r.outcome,
    itemCount: r.item_count,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  }));
}

export function toSignalItem(r: SignalItemRow, categoryName: (id: string) => string): SignalItem {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    status: r.status,
    categoryId: r.category_id,
    category: categoryName(r.category_id),
    area: { code: r.area_code, name: r.area_name },
    receivedAt: r.received_at.toISOString(),
    reachable: r.has_email,
  };
}
