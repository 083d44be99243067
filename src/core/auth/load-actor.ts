import type { Db } from '../db/database.ts';
import { roleAssignmentsOf } from '../people/people.repository.ts';
import type { RoleAssignment } from '../people/person.ts';
import type { Actor, Grant } from '../permissions/actor.ts';

export function grantsOf(roles: RoleAssignment[]): Grant[] {
  return roles.map((r) => ({ role: r.role, areaPath: r.area?.path, organisationId: r.organisation?.id }));
}

/** The actor for a signed-in person: their grants, with area paths resolved. */
export async function loadActor(
  db: Db,
  municipalityId: string,
  person: { id: string; email: string },
  tokenScopes?: string[],
): Promise<Actor> {
  const roles = (await roleAssignmentsOf(db, municipalityId, [person.id])).get(person.id) ?? [];
  return { municipalityId, personId: person.id, label: person.email, grants: grantsOf(roles), tokenScopes };
}
