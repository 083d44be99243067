import { z } from 'zod';
import { changedFields, runWrite, type ServiceContext } from '../audit/write.ts';
import { deleteSessionsOf } from '../auth/sessions.ts';
import { DomainError, NotFoundError } from '../errors.ts';
import { locales } from '../i18n/i18n.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import {
  countAdministrators,
  findPersonById,
  roleAssignmentsOf,
  toPerson,
  updatePersonRow,
} from './people.repository.ts';
import type { Person } from './person.ts';

export const personStatuses = ['active', 'disabled'] as const;

export const updatePersonInput = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  locale: z.enum(locales).optional(),
  status: z.enum(personStatuses).optional(),
});
export type UpdatePersonInput = z.input<typeof updatePersonInput>;

/** People change their own name and language; administrators also enable and disable accounts. */
export async function updatePerson(
  ctx: ServiceContext,
  id: string,
  input: UpdatePersonInput,
): Promise<Person> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'update', { type: 'person', municipalityId, personId: id });
  const row = await findPersonById(ctx.db, municipalityId, id);
  if (!row) throw new NotFoundError('person');
  const data = parseInput(updatePersonInput, input);
  if (data.status !== undefined && data.status !== row.status) {
    // Switching an account off is as strong as removing it: the person policy gives that to administrators.
    requireAccess(ctx.actor, 'delete', { type: 'person', municipalityId, personId: id });
  }
  const before = { name: row.name, locale: row.locale, status: row.status };
  const after = {
    name: data.name ?? row.name,
    locale: data.locale ?? row.locale,
    status: data.status ?? row.status,
  };
  const changes = changedFields(before, after);
  const roles = (await roleAssignmentsOf(ctx.db, municipalityId, [row.id])).get(row.id) ?? [];
  if (Object.keys(changes).length === 0) return toPerson(row, roles);

  await runWrite(ctx, async (tx, audit) => {
    await updatePersonRow(tx, municipalityId, row.id, after);
    if (changes.status && after.status === 'disabled') {
      // Signed out everywhere at once; API tokens stop working because they check the status.
      await deleteSessionsOf(tx, municipalityId, row.id);
      if (
        roles.some((r) => r.role === 'administrator') &&
        (await countAdministrators(tx, municipalityId)) === 0
      ) {
        throw new DomainError('error.lastAdministrator');
      }
    }
    audit({ action: 'person.update', resourceType: 'person', resourceId: row.id, changes });
  });
  return toPerson({ ...row, ...after }, roles);
}
