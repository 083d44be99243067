import { z } from 'zod';
import type { AppContext } from '../app-context.ts';
import { runWrite, type ServiceContext } from '../audit/write.ts';
import { hashPassword, minPasswordLength } from '../auth/password.ts';
import { insertResetToken } from '../auth/password-reset-tokens.repository.ts';
import { ValidationError } from '../errors.ts';
import { locales, translate } from '../i18n/i18n.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import { insertScopedRole, type RoleScope, resolveRoleScope, roleFields } from './assign-role.ts';
import { findPersonByEmail, insertPerson, isUniqueViolation, toPerson } from './people.repository.ts';
import type { Person, RoleAssignment } from './person.ts';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export const createPersonInput = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.preprocess(trimmed, z.email().max(320)),
  /** A temporary password; without one the person gets an e-mail to set their own. */
  password: z.preprocess(blankToUndefined, z.string().min(minPasswordLength).max(200).optional()),
  locale: z.preprocess(blankToUndefined, z.enum(locales).default('nl')),
  // Optionally the first role, so a new user can do something from their first sign-in.
  role: z.preprocess(blankToUndefined, roleFields.role.optional()),
  areaCode: roleFields.areaCode,
  organisationId: roleFields.organisationId,
});
export type CreatePersonInput = z.input<typeof createPersonInput>;

/** An invitation link stays valid longer than a reset link: people do not read mail at once. */
export const invitationHours = 72;

export async function createPerson(
  ctx: ServiceContext,
  app: Pick<AppContext, 'mailer' | 'publicUrl'>,
  input: CreatePersonInput,
): Promise<Person> {
  const municipalityId = ctx.actor.municipalityId;
  requireAccess(ctx.actor, 'create', { type: 'person', municipalityId });
  const data = parseInput(createPersonInput, input);
  if (data.role)
    requireAccess(ctx.actor, 'create', { type: 'role_assignment', municipalityId, personId: '' });
  const scope: RoleScope | null = data.role
    ? await resolveRoleScope(ctx.db, municipalityId, { ...data, role: data.role })
    : null;
  if (await findPersonByEmail(ctx.db, municipalityId, data.email)) throw emailTaken();
  const passwordHash = data.password ? await hashPassword(data.password) : null;

  let result: {
    row: Awaited<ReturnType<typeof insertPerson>>;
    roles: RoleAssignment[];
    invitation: string | null;
  };
  try {
    result = await runWrite(ctx, async (tx, audit) => {
      const row = await insertPerson(tx, municipalityId, {
        email: data.email,
        name: data.name,
        passwordHash,
        locale: data.locale,
      });
      audit({
        action: 'person.create',
        resourceType: 'person',
        resourceId: row.id,
        changes: { name: row.name, email: row.email, locale: row.locale, invited: passwordHash === null },
      });
      const roles = scope ? [await insertScopedRole(tx, audit, municipalityId, row.id, scope)] : [];
      const invitation = passwordHash
        ? null
        : await insertResetToken(
            tx,
            municipalityId,
            row.id,
            new Date(Date.now() + invitationHours * 3600_000),
          );
      return { row, roles, invitation };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
  const { row: created, roles, invitation } = result;

  // Mailed only after the commit, so nobody is invited to an account that was rolled back.
  if (invitation) {
    const link = `${app.publicUrl.replace(/\/+$/, '')}/wachtwoord-herstellen/${invitation}`;
    await app.mailer.send(ctx.db, {
      municipalityId,
      to: created.email,
      subject: translate(created.locale, 'admin.mail.invite.subject'),
      text: translate(created.locale, 'admin.mail.invite.body', {
        name: created.name,
        email: created.email,
        link,
        hours: invitationHours,
      }),
      purpose: 'account-invite',
    });
  }
  return toPerson(created, roles);
}

function emailTaken(): ValidationError {
  return new ValidationError([{ field: 'email', key: 'error.emailTaken' }]);
}
