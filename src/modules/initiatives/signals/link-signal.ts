import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { planItemChoices, requirePlanItem } from './plan-items.ts';
import { loadSignalRow } from './signal-access.ts';
import { type LinkSignalInput, linkSignalInput } from './signal-input.ts';
import { toSignals } from './signal-view.ts';
import { findSignalRow, updateSignalRow } from './signals.repository.ts';
import type { NeighbourhoodSignal } from './signals.ts';
import { requireNotClosed } from './update-signal.ts';

export { planItemChoices };

// Linking a wijksignaal to an item of a wijkplan (a goal, action line or intervention) that the
// officer may read: the signal then counts as taken up in policy (status 'linked').

export async function linkSignalToPlan(
  ctx: ServiceContext,
  id: string,
  input: LinkSignalInput,
): Promise<NeighbourhoodSignal> {
  const f = parseInput(linkSignalInput, input);
  const m = ctx.actor.municipalityId;
  const row = await loadSignalRow(ctx, id, 'update');
  requireNotClosed(row);
  const planItem = await requirePlanItem(ctx, f.planId, f.planItemId);
  return runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const changed = await updateSignalRow(tx, m, row.id, f.version, {
      status: 'linked',
      plan_item_id: planItem.itemId,
    });
    if (!changed) throw new ConflictError('initiatives.signals.error.conflict');
    audit({
      action: 'initiatives.signal.link',
      resourceType: 'neighbourhood_signal',
      resourceId: row.id,
      changes: { planId: planItem.planId, planItemId: planItem.itemId },
    });
    const after = await findSignalRow(tx, m, row.id);
    const [signal] = await toSignals(tx, m, after ? [after] : []);
    return signal as NeighbourhoodSignal;
  });
}
