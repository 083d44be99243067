import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { loadSignalRow } from './signal-access.ts';
import { type SendSignalInput, sendSignalInput } from './signal-input.ts';
import { toSignals } from './signal-view.ts';
import { findSignalRow, organisationNames, updateSignalRow } from './signals.repository.ts';
import type { NeighbourhoodSignal } from './signals.ts';
import { requireNotClosed } from './update-signal.ts';

// Sending a wijksignaal to the department responsible (an organisation of the municipality) or
// to a board (free text: "college van B&W", "wijkraad Noordhoek"), or both.

export async function sendSignal(
  ctx: ServiceContext,
  id: string,
  input: SendSignalInput,
): Promise<NeighbourhoodSignal> {
  const f = parseInput(sendSignalInput, input);
  const m = ctx.actor.municipalityId;
  const row = await loadSignalRow(ctx, id, 'update');
  requireNotClosed(row);
  const organisationId = f.organisationId || null;
  if (
    organisationId &&
    !(await organisationNames(initiativesDb(ctx.db), m, [organisationId])).has(organisationId)
  )
    throw new ValidationError([{ field: 'organisationId', key: 'initiatives.signals.error.organisation' }]);
  return runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const changed = await updateSignalRow(tx, m, row.id, f.version, {
      status: 'sent',
      sent_to_organisation_id: organisationId,
      sent_to_board: f.board || null,
    });
    if (!changed) throw new ConflictError('initiatives.signals.error.conflict');
    audit({
      action: 'initiatives.signal.send',
      resourceType: 'neighbourhood_signal',
      resourceId: row.id,
      changes: { organisationId, board: f.board || null },
    });
    const after = await findSignalRow(tx, m, row.id);
    const [signal] = await toSignals(tx, m, after ? [after] : []);
    return signal as NeighbourhoodSignal;
  });
}
