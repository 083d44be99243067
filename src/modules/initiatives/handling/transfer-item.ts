import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { DomainError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import { closedStatuses, type Item } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { loadItemRow } from '../item-access.ts';
import { insertEvent, toItem } from '../items.repository.ts';
import './handling-i18n.ts';
import { findOrganisation, worksFor } from './handling.repository.ts';
import { lockItemForHandling, saveItem } from './handling-steps.ts';
import { notifyResident } from './notify-resident.ts';

export const transferItemInput = z.object({
  organisationId: z.uuid(),
  personId: z
    .union([z.uuid(), z.literal('')])
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  /** Why it goes there; the resident reads it. */
  reason: z.string().trim().min(1).max(2000),
  version: z.coerce.number().int().min(1),
});
export type TransferItemInput = z.input<typeof transferItemInput>;

/**
 * Hands the item on to another department, team or partner (optionally a person there), with a
 * reason. There is always exactly one owner: a transfer replaces it, nothing can take it away.
 * The history records from and to; the resident is told in plain words who has it now. The
 * deadline stays: the resident's clock does not restart because we passed it on internally.
 * Afterwards the old owner may no longer see it (unless their area or role lets them).
 */
export async function transferItem(
  app: InitiativesApp,
  ctx: ServiceContext,
  id: string,
  input: TransferItemInput,
): Promise<Item> {
  await loadItemRow(ctx, id, 'update');
  const data = parseInput(transferItemInput, input);
  const m = ctx.actor.municipalityId;
  const saved = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    const row = await lockItemForHandling(tx, ctx.actor, id, data.version);
    if (closedStatuses.includes(row.status)) throw new DomainError('initiatives.handling.error.closed');
    const target = await findOrganisation(tx, m, data.organisationId);
    if (!target)
      throw new ValidationError([
        { field: 'organisationId', key: 'initiatives.handling.error.unknownOrganisation' },
      ]);
    if (target.kind !== 'department' && target.kind !== 'partner')
      throw new ValidationError([
        { field: 'organisationId', key: 'initiatives.handling.error.organisationKind' },
      ]);
    if (target.id === row.owner_organisation_id)
      throw new ValidationError([{ field: 'organisationId', key: 'initiatives.handling.error.sameOwner' }]);
    if (data.personId !== null && !(await worksFor(tx, m, data.personId, target.id)))
      throw new ValidationError([
        { field: 'personId', key: 'initiatives.handling.error.personNotInOrganisation' },
      ]);
    const after = await saveItem(
      tx,
      row,
      { owner_organisation_id: target.id, owner_person_id: data.personId },
      now,
    );
    const publicText = await notifyResident(app, tx, after, 'transferred', {
      owner: target.name,
      reason: data.reason,
    });
    await insertEvent(tx, ctx.actor, m, id, {
      event: 'transferred',
      fromOrganisationId: row.owner_organisation_id,
      toOrganisationId: target.id,
      reason: data.reason,
      publicText,
    });
    audit({
      action: 'initiatives.item.transfer',
      resourceType: 'initiative_item',
      resourceId: id,
      changes: {
        fromOrganisationId: row.owner_organisation_id,
        toOrganisationId: target.id,
        personId: data.personId,
        version: after.version,
      },
    });
    return after;
  });
  return toItem(saved, true);
}
