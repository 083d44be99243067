import { z } from 'zod';
import { changedFields, runWrite, type ServiceContext } from '../audit/write.ts';
import { NotFoundError } from '../errors.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import { nameTaken, resolveAreaCodes } from './create-organisation.ts';
import type { Organisation } from './organisation.ts';
import { organisationFields } from './organisation-input.ts';
import {
  findOrganisationIdByName,
  findOrganisationRow,
  isUniqueViolation,
  replaceServedAreas,
  servedAreasOf,
  toOrganisation,
  updateOrganisationRow,
} from './organisations.repository.ts';

// Every field is optional: only what is sent changes. A blank optional field clears it.
export const updateOrganisationInput = z.object({
  name: organisationFields.name.optional(),
  kind: organisationFields.kind.optional(),
  sector: organisationFields.sector.optional(),
  description: organisationFields.description.optional(),
  email: organisationFields.email.optional(),
  phone: organisationFields.phone.optional(),
  website: organisationFields.website.optional(),
  areaCodes: organisationFields.areaCodes.optional(),
});
export type UpdateOrganisationInput = z.input<typeof updateOrganisationInput>;

export async function updateOrganisation(
  ctx: ServiceContext,
  id: string,
  input: UpdateOrganisationInput,
): Promise<Organisation> {
  const municipalityId = ctx.actor.municipalityId;
  const row = await findOrganisationRow(ctx.db, municipalityId, id);
  if (!row) throw new NotFoundError('organisation');
  const currentAreas = (await servedAreasOf(ctx.db, municipalityId, [row.id])).get(row.id) ?? [];
  const resource = (kind: typeof row.kind, areaPaths: string[]) =>
    ({ type: 'organisation', municipalityId, organisationId: row.id, kind, areaPaths }) as const;
  requireAccess(
    ctx.actor,
    'update',
    resource(
      row.kind,
      currentAreas.map((a) => a.path),
    ),
  );
  const data = parseInput(updateOrganisationInput, input);
  const areas = data.areaCodes
    ? await resolveAreaCodes(ctx.db, municipalityId, data.areaCodes)
    : currentAreas;
  // The result must be allowed too: an area officer cannot move a group out of their areas.
  requireAccess(
    ctx.actor,
    'update',
    resource(
      data.kind ?? row.kind,
      areas.map((a) => a.path),
    ),
  );

  const before = {
    name: row.name,
    kind: row.kind,
    sector: row.sector,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    areaCodes: currentAreas.map((a) => a.code),
  };
  const after = {
    name: data.name ?? row.name,
    kind: data.kind ?? row.kind,
    sector: data.sector === undefined ? row.sector : data.sector,
    description: data.description ?? row.description,
    email: data.email === undefined ? row.email : data.email,
    phone: data.phone === undefined ? row.phone : data.phone,
    website: data.website === undefined ? row.website : data.website,
    areaCodes: areas.map((a) => a.code),
  };
  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return toOrganisation(row, currentAreas);
  if (changes.name) {
    const other = await findOrganisationIdByName(ctx.db, municipalityId, after.name);
    if (other && other !== row.id) throw nameTaken();
  }
  const { areaCodes: _codes, ...values } = after;
  try {
    const updated = await runWrite(ctx, async (tx, audit) => {
      const r = await updateOrganisationRow(tx, municipalityId, row.id, values);
      if (changes.areaCodes) {
        await replaceServedAreas(
          tx,
          municipalityId,
          row.id,
          areas.map((a) => a.id),
        );
      }
      audit({ action: 'organisation.update', resourceType: 'organisation', resourceId: row.id, changes });
      return r;
    });
    return toOrganisation(updated, areas);
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
