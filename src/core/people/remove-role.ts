import { runWrite, type ServiceContext } from '../audit/write.ts';
import { DomainError, NotFoundError } from '../errors.ts';
import { requireAccess } from '../permissions/can.ts';
import { countAdministrators, deleteRoleAssignment, findRoleAssignment } from './people.repository.ts';

export async function removeRole(
  ctx: ServiceContext,
  personId: string,
  roleAssignmentId: string,
): Promise<void> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'delete', { type: 'role_assignment', municipalityId, personId });
  const assignment = await findRoleAssignment(ctx.db, municipalityId, personId, roleAssignmentId);
  if (!assignment) throw new NotFoundError('role_assignment');
  await runWrite(ctx, async (tx, audit) => {
    await deleteRoleAssignment(tx, municipalityId, assignment.id);
    // Counted inside the transaction: the municipality must keep someone who can manage it.
    const wasActiveAdmin = assignment.role === 'administrator' && assignment.person_status === 'active';
    if (wasActiveAdmin && (await countAdministrators(tx, municipalityId)) === 0) {
      throw new DomainError('error.lastAdministrator');
    }
    audit({
      action: 'role_assignment.delete',
      resourceType: 'role_assignment',
      resourceId: assignment.id,
      changes: {
        personId,
        role: assignment.role,
        areaCode: assignment.area_code ?? null,
        organisationId: assignment.organisation_id,
      },
    });
  });
}
