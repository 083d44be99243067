import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ConflictError, type FieldError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import {
  categoryCodeTaken,
  findCategoryRow,
  findKindRow,
  findOrganisationRef,
  isUniqueViolation,
  nextCategoryPosition,
  type Queryable,
  toCategory,
} from './config.repository.ts';
import type { Category, CategoryAttribute } from './config.ts';
import { requireConfigChange } from './config-access.ts';
import {
  type CreateCategoryInput,
  createCategoryInput,
  parseConfigInput,
  type UpdateCategoryInput,
  updateCategoryInput,
} from './config-input.ts';

export type { CreateCategoryInput, UpdateCategoryInput };
export { createCategoryInput, updateCategoryInput };

// Categories: what residents choose on the form (public name and help in Dutch and English), who
// owns the items (a department, team or partner), the handling time, keywords for finding it,
// extra questions (Open311 attributes), and whether it shows on the public map. The code is fixed
// once made (Open311 service_code); categories are made inactive, never deleted.

const codeTaken = () => new ValidationError([{ field: 'code', key: 'initiatives.config.error.codeTaken' }]);

type AttributeData = {
  code: string;
  datatype: CategoryAttribute['datatype'];
  required: boolean;
  description: string;
  descriptionEn?: string | null | undefined;
  values?: Array<{ key: string; name: string }> | undefined;
};

function toAttributes(list: readonly AttributeData[]): CategoryAttribute[] {
  return list.map((a) => {
    const listType = a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist';
    return {
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      description: a.description,
      ...(a.descriptionEn ? { descriptionEn: a.descriptionEn } : {}),
      ...(listType ? { values: a.values ?? [] } : {}),
    };
  });
}

/** Checks what a category points at; the field errors the form and the API show. */
async function checkReferences(
  q: Queryable,
  municipalityId: string,
  v: { kindId: string; ownerOrganisationId: string; attributes: readonly { code: string }[] },
): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await findKindRow(q, municipalityId, v.kindId)))
    errors.push({ field: 'kindId', key: 'initiatives.config.error.kindUnknown' });
  const org = await findOrganisationRef(q, municipalityId, v.ownerOrganisationId);
  if (!org || (org.kind !== 'department' && org.kind !== 'partner'))
    errors.push({ field: 'ownerOrganisationId', key: 'initiatives.config.error.organisationUnknown' });
  const seen = new Set<string>();
  v.attributes.forEach((a, i) => {
    if (seen.has(a.code))
      errors.push({ field: `attributes.${i}.code`, key: 'initiatives.config.error.attributeCodeTwice' });
    seen.add(a.code);
  });
  if (errors.length > 0) throw new ValidationError(errors);
}

export async function createCategory(ctx: ServiceContext, input: CreateCategoryInput): Promise<Category> {
  requireConfigChange(ctx.actor, 'create');
  const data = parseConfigInput(createCategoryInput, input);
  const m = ctx.actor.municipalityId;
  await checkReferences(ctx.db, m, data);
  if (await categoryCodeTaken(ctx.db, m, data.code)) throw codeTaken();
  try {
    const id = await runWrite(ctx, async (wtx, audit) => {
      const tx = initiativesTx(wtx);
      const row = await tx
        .insertInto('initiative_categories')
        .values({
          municipality_id: m,
          kind_id: data.kindId,
          code: data.code,
          name: data.name,
          name_en: data.nameEn ?? null,
          help: data.help,
          help_en: data.helpEn ?? null,
          next_steps: data.nextSteps,
          next_steps_en: data.nextStepsEn ?? null,
          owner_organisation_id: data.ownerOrganisationId,
          handling_days: data.handlingDays,
          day_type: data.dayType,
          keywords: data.keywords,
          attributes: JSON.stringify(toAttributes(data.attributes)),
          on_public_map: data.onPublicMap,
          active: data.active,
          position: data.position ?? (await nextCategoryPosition(tx, m, data.kindId)),
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit({
        action: 'initiatives.category.create',
        resourceType: 'initiative_config',
        resourceId: row.id,
        changes: {
          code: data.code,
          name: data.name,
          ownerOrganisationId: data.ownerOrganisationId,
          handlingDays: data.handlingDays,
          dayType: data.dayType,
        },
      });
      return row.id;
    });
    return toCategory((await findCategoryRow(ctx.db, m, id)) ?? notFound());
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** Changes the fields sent, when the category is still at the version the editor started from. */
export async function updateCategory(
  ctx: ServiceContext,
  id: string,
  input: UpdateCategoryInput,
): Promise<Category> {
  requireConfigChange(ctx.actor, 'update');
  const m = ctx.actor.municipalityId;
  const current = await findCategoryRow(ctx.db, m, id);
  if (!current) throw new NotFoundError('initiative_category');
  const data = parseConfigInput(updateCategoryInput, input);
  const before = toCategory(current);
  const pick = <K extends keyof typeof data & keyof Category>(k: K) =>
    (data[k] === undefined ? before[k] : data[k]) as Category[K];
  const after = {
    kindId: pick('kindId'),
    name: pick('name'),
    nameEn: pick('nameEn'),
    help: pick('help'),
    helpEn: pick('helpEn'),
    nextSteps: pick('nextSteps'),
    nextStepsEn: pick('nextStepsEn'),
    ownerOrganisationId: pick('ownerOrganisationId'),
    handlingDays: pick('handlingDays'),
    dayType: pick('dayType'),
    keywords: pick('keywords'),
    attributes: data.attributes === undefined ? before.attributes : toAttributes(data.attributes),
    onPublicMap: pick('onPublicMap'),
    active: pick('active'),
    position: pick('position'),
  };
  await checkReferences(ctx.db, m, after);
  if (data.version !== before.version) throw new ConflictError('initiatives.config.error.conflict');
  await runWrite(ctx, async (wtx, audit) => {
    const saved = await initiativesTx(wtx)
      .updateTable('initiative_categories')
      .set((eb) => ({
        kind_id: after.kindId,
        name: after.name,
        name_en: after.nameEn,
        help: after.help,
        help_en: after.helpEn,
        next_steps: after.nextSteps,
        next_steps_en: after.nextStepsEn,
        owner_organisation_id: after.ownerOrganisationId,
        handling_days: after.handlingDays,
        day_type: after.dayType,
        keywords: after.keywords,
        attributes: JSON.stringify(after.attributes),
        on_public_map: after.onPublicMap,
        active: after.active,
        position: after.position,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('municipality_id', '=', m)
      .where('id', '=', id)
      .where('version', '=', data.version)
      .returning('id')
      .executeTakeFirst();
    if (!saved) throw new ConflictError('initiatives.config.error.conflict');
    const { version: _v, kindCode: _k, ownerOrganisationName: _o, budgetRequest: _b, ...plain } = before;
    audit({
      action: 'initiatives.category.update',
      resourceType: 'initiative_config',
      resourceId: id,
      changes: changedFields(plain, after),
    });
  });
  return toCategory((await findCategoryRow(ctx.db, m, id)) ?? notFound());
}

function notFound(): never {
  throw new NotFoundError('initiative_category');
}
