import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { notifyResident } from '../handling/notify-resident.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { insertEvent } from '../items.repository.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { loadSignalRow } from './signal-access.ts';
import { type SignalOutcomeInput, signalOutcomeInput } from './signal-input.ts';
import { toSignals } from './signal-view.ts';
import { findSignalRow, signalItemFullRows, updateSignalRow } from './signals.repository.ts';
import type { NeighbourhoodSignal } from './signals.ts';
import { requireNotClosed } from './update-signal.ts';

// What happened with a wijksignaal, and telling the residents who reported its items: every
// bundled item gets a 'signal_outcome' event with the text the resident reads on their page, and
// those who left an e-mail address get it by mail (handling's notifyResident, the municipality's
// template for 'signal_outcome' with {answer} = the outcome). All in one transaction.

export async function recordSignalOutcome(
  app: InitiativesApp,
  ctx: ServiceContext,
  id: string,
  input: SignalOutcomeInput,
): Promise<{ signal: NeighbourhoodSignal; items: number; mailed: number }> {
  const f = parseInput(signalOutcomeInput, input);
  const m = ctx.actor.municipalityId;
  const row = await loadSignalRow(ctx, id, 'update');
  requireNotClosed(row);
  return runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const changed = await updateSignalRow(tx, m, row.id, f.version, {
      outcome: f.outcome,
      ...(f.close ? { status: 'closed' as const } : {}),
    });
    if (!changed) throw new ConflictError('initiatives.signals.error.conflict');
    const items = await signalItemFullRows(tx, m, row.id);
    let mailed = 0;
    for (const item of items) {
      const publicText = await notifyResident(app, tx, item, 'signal_outcome', { answer: f.outcome });
      if (item.contact_email) mailed += 1;
      await insertEvent(tx, ctx.actor, m, item.id, {
        event: 'signal_outcome',
        publicText,
        internalNote: row.title,
      });
    }
    audit({
      action: 'initiatives.signal.outcome',
      resourceType: 'neighbourhood_signal',
      resourceId: row.id,
      changes: { closed: f.close, items: items.length, mailed },
    });
    const after = await findSignalRow(tx, m, row.id);
    const [signal] = await toSignals(tx, m, after ? [after] : []);
    return { signal: signal as NeighbourhoodSignal, items: items.length, mailed };
  });
}
