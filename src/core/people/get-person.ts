import type { Db } from '../db/database.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import { findPersonById, roleAssignmentsOf, toPerson } from './people.repository.ts';
import type { Person } from './person.ts';

/** A person with their roles: themselves, or anyone for administrators and coordinators. */
export async function getPerson(db: Db, actor: Actor, id: string): Promise<Person> {
  // The check needs only the id, so nobody learns whether someone else's account exists.
  requireAccess(actor, 'read', { type: 'person', municipalityId: actor.municipalityId, personId: id });
  const row = await findPersonById(db, actor.municipalityId, id);
  if (!row) throw new NotFoundError('person');
  const roles = (await roleAssignmentsOf(db, actor.municipalityId, [row.id])).get(row.id) ?? [];
  return toPerson(row, roles);
}
