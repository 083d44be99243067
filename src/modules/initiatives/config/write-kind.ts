import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError, ValidationError } from '../../../core/errors.ts';
import { initiativesTx } from '../initiatives.tables.ts';
import {
  findKindRow,
  isUniqueViolation,
  kindCodeTaken,
  nextKindPosition,
  toKind,
} from './config.repository.ts';
import type { Kind } from './config.ts';
import { requireConfigChange } from './config-access.ts';
import {
  type CreateKindInput,
  createKindInput,
  parseConfigInput,
  type UpdateKindInput,
  updateKindInput,
} from './config-input.ts';

export type { CreateKindInput, UpdateKindInput };
export { createKindInput, updateKindInput };

// Kinds of items (idea, initiative with a budget request, signal, question, …). The code is fixed
// once made (links, Open311 groups and exports use it); a kind is never deleted, only made
// inactive, because items keep pointing at it.

const codeTaken = () => new ValidationError([{ field: 'code', key: 'initiatives.config.error.codeTaken' }]);

export async function createKind(ctx: ServiceContext, input: CreateKindInput): Promise<Kind> {
  requireConfigChange(ctx.actor, 'create');
  const data = parseConfigInput(createKindInput, input);
  const m = ctx.actor.municipalityId;
  if (await kindCodeTaken(ctx.db, m, data.code)) throw codeTaken();
  try {
    const id = await runWrite(ctx, async (wtx, audit) => {
      const tx = initiativesTx(wtx);
      const row = await tx
        .insertInto('initiative_kinds')
        .values({
          municipality_id: m,
          code: data.code,
          name: data.name,
          name_en: data.nameEn ?? null,
          description: data.description,
          description_en: data.descriptionEn ?? null,
          budget_request: data.budgetRequest,
          position: data.position ?? (await nextKindPosition(tx, m)),
          active: data.active,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit({
        action: 'initiatives.kind.create',
        resourceType: 'initiative_config',
        resourceId: row.id,
        changes: { code: data.code, name: data.name },
      });
      return row.id;
    });
    return toKind((await findKindRow(ctx.db, m, id)) ?? never());
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

export async function updateKind(ctx: ServiceContext, id: string, input: UpdateKindInput): Promise<Kind> {
  requireConfigChange(ctx.actor, 'update');
  const m = ctx.actor.municipalityId;
  const current = await findKindRow(ctx.db, m, id);
  if (!current) throw new NotFoundError('initiative_kind');
  const data = parseConfigInput(updateKindInput, input);
  const before = toKind(current);
  const after = {
    name: data.name ?? before.name,
    nameEn: data.nameEn === undefined ? before.nameEn : data.nameEn,
    description: data.description ?? before.description,
    descriptionEn: data.descriptionEn === undefined ? before.descriptionEn : data.descriptionEn,
    budgetRequest: data.budgetRequest ?? before.budgetRequest,
    position: data.position ?? before.position,
    active: data.active ?? before.active,
  };
  await runWrite(ctx, async (wtx, audit) => {
    await initiativesTx(wtx)
      .updateTable('initiative_kinds')
      .set({
        name: after.name,
        name_en: after.nameEn,
        description: after.description,
        description_en: after.descriptionEn,
        budget_request: after.budgetRequest,
        position: after.position,
        active: after.active,
      })
      .where('municipality_id', '=', m)
      .where('id', '=', id)
      .execute();
    audit({
      action: 'initiatives.kind.update',
      resourceType: 'initiative_config',
      resourceId: id,
      changes: changedFields({ ...before }, after),
    });
  });
  return toKind((await findKindRow(ctx.db, m, id)) ?? never());
}

function never(): never {
  throw new NotFoundError('initiative_kind');
}
