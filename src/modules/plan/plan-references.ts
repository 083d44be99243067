import type { Db } from '../../core/db/database.ts';
import { type FieldError, ValidationError } from '../../core/errors.ts';
import { planDb } from './plan.tables.ts';
import type { AreaRef } from './plan.ts';
import { isUuid } from './plans.repository.ts';

// What a plan or an item refers to (an area, an organisation, a person) must exist in the same
// municipality; a wrong reference is the editor's input error, named by its field.

export async function areaByCode(
  db: Db,
  municipalityId: string,
  code: string,
  field = 'areaCode',
): Promise<AreaRef & { path: string; attributes: unknown }> {
  const row = await planDb(db)
    .selectFrom('areas')
    .select(['id', 'code', 'name', 'path', 'attributes'])
    .where('municipality_id', '=', municipalityId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new ValidationError([{ field, key: 'plan.validation.area' }]);
  return row;
}

export async function areasByCodes(db: Db, municipalityId: string, codes: string[]): Promise<AreaRef[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const rows = await planDb(db)
    .selectFrom('areas')
    .select(['id', 'code', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('code', 'in', unique)
    .execute();
  if (rows.length !== unique.length)
    throw new ValidationError([{ field: 'areaCodes', key: 'plan.validation.area' }]);
  return rows;
}

/** Checks the organisation and person ids that are set; collects every wrong one. */
export async function checkPeopleAndOrganisations(
  db: Db,
  municipalityId: string,
  refs: { organisationId?: string | null | undefined; personId?: string | null | undefined },
  fields: { organisation: string; person: string } = {
    organisation: 'ownerOrganisationId',
    person: 'contactPersonId',
  },
): Promise<void> {
  const errors: FieldError[] = [];
  if (refs.organisationId) {
    const org = isUuid(refs.organisationId)
      ? await planDb(db)
          .selectFrom('organisations')
          .select('id')
          .where('municipality_id', '=', municipalityId)
          .where('id', '=', refs.organisationId)
          .executeTakeFirst()
      : undefined;
    if (!org) errors.push({ field: fields.organisation, key: 'plan.validation.organisation' });
  }
  if (refs.personId) {
    const person = isUuid(refs.personId)
      ? await planDb(db)
          .selectFrom('people')
          .select('id')
          .where('municipality_id', '=', municipalityId)
          .where('id', '=', refs.personId)
          .executeTakeFirst()
      : undefined;
    if (!person) errors.push({ field: fields.person, key: 'plan.validation.person' });
  }
  if (errors.length > 0) throw new ValidationError(errors);
}

export function checkPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  field: string,
): void {
  if (start && end && end < start)
    throw new ValidationError([{ field, key: 'plan.validation.endBeforeStart' }]);
}
