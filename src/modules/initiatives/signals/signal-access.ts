import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { can, requireAccess } from '../../../core/permissions/can.ts';
import { type InitiativesTx, initiativesDb } from '../initiatives.tables.ts';
import type { NeighbourhoodSignalResource } from '../policy.ts';
import '../policy.ts';
import { findSignalRow, type SignalRow } from './signals.repository.ts';

// A wijksignaal for an actor: what they may not read does not exist for them (NotFoundError).

export function signalResource(municipalityId: string, areaPath: string): NeighbourhoodSignalResource {
  return { type: 'neighbourhood_signal', municipalityId, areaPath };
}

export async function loadSignalRow(
  ctx: ServiceContext,
  id: string,
  action: 'read' | 'update' = 'read',
  tx?: InitiativesTx,
): Promise<SignalRow> {
  const m = ctx.actor.municipalityId;
  const row = await findSignalRow(tx ?? initiativesDb(ctx.db), m, id);
  if (!row || !can(ctx.actor, 'read', signalResource(m, row.area_path)))
    throw new NotFoundError('neighbourhood_signal');
  if (action === 'update') requireAccess(ctx.actor, 'update', signalResource(m, row.area_path));
  return row;
}
