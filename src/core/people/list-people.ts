import type { Db } from '../db/database.ts';
import type { Actor, Role } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import { listPeopleRows, roleAssignmentsOf, toPerson } from './people.repository.ts';
import type { Person } from './person.ts';

export interface PersonCursor {
  name: string;
  id: string;
}

export interface ListPeopleInput {
  /** Name or e-mail contains. */
  q?: string | undefined;
  role?: Role | undefined;
  after?: PersonCursor | undefined;
  limit: number;
}

/** One page of people by name, with their roles. Administrators and coordinators only. */
export async function listPeople(
  db: Db,
  actor: Actor,
  input: ListPeopleInput,
): Promise<{ items: Person[]; nextCursor: PersonCursor | null }> {
  requireAccess(actor, 'list', { type: 'person', municipalityId: actor.municipalityId });
  const rows = await listPeopleRows(db, actor.municipalityId, {
    q: input.q,
    role: input.role,
    afterName: input.after,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const roles = await roleAssignmentsOf(
    db,
    actor.municipalityId,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    items: page.map((r) => toPerson(r, roles.get(r.id) ?? [])),
    nextCursor: rows.length > input.limit && last ? { name: last.name, id: last.id } : null,
  };
}
