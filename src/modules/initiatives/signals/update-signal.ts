import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { requireItemsInArea } from './create-signal.ts';
import { loadSignalRow } from './signal-access.ts';
import { type UpdateSignalInput, updateSignalInput } from './signal-input.ts';
import { toSignals } from './signal-view.ts';
import {
  addSignalItems,
  findSignalRow,
  removeSignalItems,
  type SignalRow,
  updateSignalRow,
} from './signals.repository.ts';
import type { NeighbourhoodSignal } from './signals.ts';

// Changing a wijksignaal: its title and explanation, and which items it bundles. The version the
// editor saw must still be current (ConflictError otherwise); a closed signal stays as it is.

export function requireNotClosed(row: SignalRow): void {
  if (row.status === 'closed') throw new ConflictError('initiatives.signals.error.closed');
}

export async function updateSignal(
  ctx: ServiceContext,
  id: string,
  input: UpdateSignalInput,
): Promise<NeighbourhoodSignal> {
  const f = parseInput(updateSignalInput, input);
  const m = ctx.actor.municipalityId;
  const row = await loadSignalRow(ctx, id, 'update');
  requireNotClosed(row);
  await requireItemsInArea(initiativesDb(ctx.db), m, f.addItemIds, row.area_path, 'addItemIds');
  return runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const changed = await updateSignalRow(tx, m, row.id, f.version, {
      ...(f.title !== undefined ? { title: f.title } : {}),
      ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
    });
    if (!changed) throw new ConflictError('initiatives.signals.error.conflict');
    await addSignalItems(tx, m, row.id, [...new Set(f.addItemIds)]);
    await removeSignalItems(tx, m, row.id, f.removeItemIds);
    audit({
      action: 'initiatives.signal.update',
      resourceType: 'neighbourhood_signal',
      resourceId: row.id,
      changes: {
        ...(f.title !== undefined ? { title: f.title } : {}),
        added: f.addItemIds.length,
        removed: f.removeItemIds.length,
      },
    });
    const after = await findSignalRow(tx, m, row.id);
    const [signal] = await toSignals(tx, m, after ? [after] : []);
    return signal as NeighbourhoodSignal;
  });
}
