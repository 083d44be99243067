import { z } from 'zod';
import { summariesByCodes } from '../areas/areas.repository.ts';
import { runWrite, type ServiceContext } from '../audit/write.ts';
import type { Db } from '../db/database.ts';
import { ValidationError } from '../errors.ts';
import type { Actor } from '../permissions/actor.ts';
import { can, ForbiddenError, requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import type { Organisation } from './organisation.ts';
import { organisationFields } from './organisation-input.ts';
import {
  findOrganisationIdByName,
  insertOrganisation,
  isUniqueViolation,
  replaceServedAreas,
  toOrganisation,
} from './organisations.repository.ts';

export const createOrganisationInput = z.object({
  name: organisationFields.name,
  kind: organisationFields.kind,
  sector: organisationFields.sector.optional(),
  description: organisationFields.description.default(''),
  email: organisationFields.email.optional(),
  phone: organisationFields.phone.optional(),
  website: organisationFields.website.optional(),
  areaCodes: organisationFields.areaCodes.default([]),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationInput>;

/**
 * Administrators register any organisation; area officers register resident organisations and
 * informal groups of their own areas (the organisation policy in can.ts decides).
 */
export async function createOrganisation(
  ctx: ServiceContext,
  input: CreateOrganisationInput,
): Promise<Organisation> {
  // Refuse early when no organisation at all could be created, so a wrong form is not the answer.
  if (!mayCreateAnyOrganisation(ctx.actor)) throw new ForbiddenError('create', 'organisation');
  const data = parseInput(createOrganisationInput, input);
  const municipalityId = ctx.actor.municipalityId;
  const areas = await resolveAreaCodes(ctx.db, municipalityId, data.areaCodes);
  requireAccess(ctx.actor, 'create', {
    type: 'organisation',
    municipalityId,
    kind: data.kind,
    areaPaths: areas.map((a) => a.path),
  });
  if (await findOrganisationIdByName(ctx.db, municipalityId, data.name)) throw nameTaken();
  const values = {
    name: data.name,
    kind: data.kind,
    sector: data.sector ?? null,
    description: data.description,
    email: data.email ?? null,
    phone: data.phone ?? null,
    website: data.website ?? null,
  };
  try {
    const row = await runWrite(ctx, async (tx, audit) => {
      const r = await insertOrganisation(tx, municipalityId, values);
      await replaceServedAreas(
        tx,
        municipalityId,
        r.id,
        areas.map((a) => a.id),
      );
      audit({
        action: 'organisation.create',
        resourceType: 'organisation',
        resourceId: r.id,
        changes: { ...values, areaCodes: areas.map((a) => a.code) },
      });
      return r;
    });
    return toOrganisation(row, areas);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export function mayCreateAnyOrganisation(actor: Actor): boolean {
  const base = { type: 'organisation', municipalityId: actor.municipalityId } as const;
  if (can(actor, 'create', { ...base, kind: 'department', areaPaths: [] })) return true;
  return actor.grants.some(
    (g) =>
      g.areaPath !== undefined &&
      can(actor, 'create', { ...base, kind: 'informal_group', areaPaths: [g.areaPath] }),
  );
}

export function nameTaken(): ValidationError {
  return new ValidationError([{ field: 'name', key: 'error.nameTaken' }]);
}

/** The areas behind the codes, in tree order; an unknown code is a field error. */
export async function resolveAreaCodes(db: Db, municipalityId: string, codes: string[]) {
  const unique = [...new Set(codes)];
  const areas = await summariesByCodes(db, municipalityId, unique);
  if (areas.length !== unique.length)
    throw new ValidationError([{ field: 'areaCodes', key: 'error.areaNotFound' }]);
  return areas.sort((a, b) => a.path.localeCompare(b.path));
}
