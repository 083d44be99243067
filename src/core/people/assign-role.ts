import { z } from 'zod';
import { findAreaRowByCode } from '../areas/areas.repository.ts';
import { type Audit, runWrite, type ServiceContext, type WriteTx } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { findOrganisationRow } from '../organisations/organisations.repository.ts';
import { type Role, roles } from '../permissions/actor.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import { findPersonById, insertRoleAssignment, isUniqueViolation } from './people.repository.ts';
import type { RoleAssignment } from './person.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

// A role and its scope, as forms and the API send it. Which scope a role needs is checked
// against the database in resolveRoleScope.
export const roleFields = {
  role: z.enum(roles),
  areaCode: z.preprocess(blankToUndefined, z.string().trim().max(20).optional()),
  organisationId: z.preprocess(blankToUndefined, z.string().trim().max(60).optional()),
};

export const assignRoleInput = z.object(roleFields);
export type AssignRoleInput = z.input<typeof assignRoleInput>;

export interface RoleScope {
  role: Role;
  area: { id: string; code: string; name: string; path: string } | null;
  organisation: { id: string; name: string; kind: string } | null;
}

/**
 * The rules of role scopes: an area officer works in an area; a department officer in a
 * department; a partner for a partner organisation, optionally in one area; a resident
 * optionally in their own area. Administrators and coordinators cover the whole municipality.
 */
export async function resolveRoleScope(
  db: Db,
  municipalityId: string,
  input: { role: Role; areaCode?: string | undefined; organisationId?: string | undefined },
): Promise<RoleScope> {
  const { role } = input;
  const usesArea = role === 'area_officer' || role === 'partner' || role === 'resident';
  const usesOrganisation = role === 'department_officer' || role === 'partner';

  let area: RoleScope['area'] = null;
  if (usesArea && input.areaCode) {
    const row = await findAreaRowByCode(db, municipalityId, input.areaCode);
    if (!row) throw new ValidationError([{ field: 'areaCode', key: 'error.areaNotFound' }]);
    area = { id: row.id, code: row.code, name: row.name, path: row.path };
  }
  if (role === 'area_officer' && !area)
    throw new ValidationError([{ field: 'areaCode', key: 'error.roleNeedsArea' }]);

  let organisation: RoleScope['organisation'] = null;
  if (usesOrganisation) {
    const needsKey =
      role === 'department_officer' ? 'error.roleNeedsDepartment' : 'error.roleNeedsOrganisation';
    if (!input.organisationId) throw new ValidationError([{ field: 'organisationId', key: needsKey }]);
    const row = await findOrganisationRow(db, municipalityId, input.organisationId);
    if (!row) throw new ValidationError([{ field: 'organisationId', key: 'error.organisationNotFound' }]);
    const wanted = role === 'department_officer' ? 'department' : 'partner';
    if (row.kind !== wanted) throw new ValidationError([{ field: 'organisationId', key: needsKey }]);
    organisation = { id: row.id, name: row.name, kind: row.kind };
  }
  return { role, area, organisation };
}

/** Inserts the assignment and records it; shared with createPerson (a new user's first role). */
export async function insertScopedRole(
  tx: WriteTx,
  audit: Audit,
  municipalityId: string,
  personId: string,
  scope: RoleScope,
): Promise<RoleAssignment> {
  const { id } = await insertRoleAssignment(tx, municipalityId, {
    personId,
    role: scope.role,
    areaId: scope.area?.id ?? null,
    organisationId: scope.organisation?.id ?? null,
  });
  audit({
    action: 'role_assignment.create',
    resourceType: 'role_assignment',
    resourceId: id,
    changes: {
      personId,
      role: scope.role,
      areaCode: scope.area?.code ?? null,
      organisationId: scope.organisation?.id ?? null,
    },
  });
  return {
    id,
    role: scope.role,
    area: scope.area ? { code: scope.area.code, name: scope.area.name, path: scope.area.path } : null,
    organisation: scope.organisation,
  };
}

export function roleExists(): ValidationError {
  return new ValidationError([{ field: 'role', key: 'admin.users.roleExists' }]);
}

export async function assignRole(
  ctx: ServiceContext,
  personId: string,
  input: AssignRoleInput,
): Promise<RoleAssignment> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'create', { type: 'role_assignment', municipalityId, personId });
  const person = await findPersonById(ctx.db, municipalityId, personId);
  if (!person) throw new NotFoundError('person');
  const data = parseInput(assignRoleInput, input);
  const scope = await resolveRoleScope(ctx.db, municipalityId, data);
  try {
    return await runWrite(ctx, (tx, audit) => insertScopedRole(tx, audit, municipalityId, person.id, scope));
  } catch (error) {
    if (isUniqueViolation(error)) throw roleExists();
    throw error;
  }
}
