import { z } from 'zod';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { DomainError, ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import { closedStatuses, type Item } from '../initiatives.ts';
import { loadItemRow } from '../item-access.ts';
import { insertEvent, toItem } from '../items.repository.ts';
import './handling-i18n.ts';
import { personName, worksFor } from './handling.repository.ts';
import { lockItemForHandling, saveItem } from './handling-steps.ts';

export const assignPersonInput = z.object({
  /** A person of the owner organisation; null (or empty) leaves it with the organisation as a whole. */
  personId: z
    .union([z.uuid(), z.literal('')])
    .nullable()
    .transform((v) => (v === '' ? null : v)),
  version: z.coerce.number().int().min(1),
});
export type AssignPersonInput = z.input<typeof assignPersonInput>;

/**
 * Names the person within the owner organisation who picks the item up (or none: the organisation
 * as a whole). The organisation stays the owner; this is not a transfer and the resident is not
 * mailed about it.
 */
export async function assignPerson(ctx: ServiceContext, id: string, input: AssignPersonInput): Promise<Item> {
  await loadItemRow(ctx, id, 'update');
  const data = parseInput(assignPersonInput, input);
  const m = ctx.actor.municipalityId;
  const saved = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const row = await lockItemForHandling(tx, ctx.actor, id, data.version);
    if (closedStatuses.includes(row.status)) throw new DomainError('initiatives.handling.error.closed');
    if (data.personId !== null && !(await worksFor(tx, m, data.personId, row.owner_organisation_id)))
      throw new ValidationError([
        { field: 'personId', key: 'initiatives.handling.error.personNotInOrganisation' },
      ]);
    const after = await saveItem(tx, row, { owner_person_id: data.personId }, new Date());
    await insertEvent(tx, ctx.actor, m, id, {
      event: 'assigned',
      internalNote: (await personName(tx, m, data.personId)) ?? null,
    });
    audit({
      action: 'initiatives.item.assign',
      resourceType: 'initiative_item',
      resourceId: id,
      changes: { from: row.owner_person_id, to: data.personId, version: after.version },
    });
    return after;
  });
  return toItem(saved, true);
}
