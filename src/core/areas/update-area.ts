import { z } from 'zod';
import { changedFields, runWrite, type ServiceContext } from '../audit/write.ts';
import { NotFoundError } from '../errors.ts';
import { requireAccess } from '../permissions/can.ts';
import { parseInput } from '../validation.ts';
import { findAreaRowByCode, updateAreaDescription } from './areas.repository.ts';

export const updateAreaInput = z.object({
  description: z.string().trim().max(2000),
});
export type UpdateAreaInput = z.infer<typeof updateAreaInput>;

/** Area officers and administrators keep the public description of an area current. */
export async function updateArea(ctx: ServiceContext, code: string, input: UpdateAreaInput): Promise<void> {
  const data = parseInput(updateAreaInput, input);
  const row = await findAreaRowByCode(ctx.db, ctx.actor.municipalityId, code);
  if (!row) throw new NotFoundError('area');
  requireAccess(ctx.actor, 'update', {
    type: 'area',
    municipalityId: ctx.actor.municipalityId,
    areaPath: row.path,
  });
  await runWrite(ctx, async (tx, audit) => {
    await updateAreaDescription(tx, ctx.actor.municipalityId, row.id, data.description);
    audit({
      action: 'area.update',
      resourceType: 'area',
      resourceId: row.code,
      changes: changedFields({ description: row.description }, data),
    });
  });
}
