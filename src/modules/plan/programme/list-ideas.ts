import { z } from 'zod';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { parseInput } from '../../../core/validation.ts';
import { isAssessor } from './framework.ts';
import { goalIdsOf, listIdeaRows, toIdea } from './programme.repository.ts';
import { programmeDb } from './programme.tables.ts';
import { type IdeaStatus, ideaStatuses, type ProjectIdea } from './programme.ts';
import { programmeOffice } from './programme-policy.ts';

export const listIdeasInput = z.object({
  status: z.enum(ideaStatuses.filter((s) => s !== 'unconfirmed') as [IdeaStatus, ...IdeaStatus[]]).optional(),
  areaCode: z.string().trim().max(20).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListIdeasInput = z.input<typeof listIdeasInput>;

const cursorSchema = z.object({ c: z.iso.datetime(), id: z.uuid() });

function decodeCursor(cursor: string) {
  try {
    const v = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { createdAt: v.c, id: v.id };
  } catch {
    throw new ValidationError([{ field: 'cursor', key: 'validation.invalid' }]);
  }
}

/**
 * Confirmed ideas, newest first: all of them for the programme office and the assessors, those of
 * their areas for area officers; others see none. Unconfirmed ideas are nobody's business yet.
 */
export async function listIdeas(
  ctx: ServiceContext,
  input: ListIdeasInput = {},
): Promise<{ ideas: ProjectIdea[]; nextCursor: string | null }> {
  const f = parseInput(listIdeasInput, input);
  const municipalityId = ctx.actor.municipalityId;
  const wide = programmeOffice(ctx.actor) || (await isAssessor(ctx.db, municipalityId, ctx.actor.personId));
  const areaPaths = wide
    ? undefined
    : ctx.actor.grants
        .filter((g) => g.role === 'area_officer' && g.areaPath)
        .map((g) => g.areaPath as string);
  let areaPath: string | undefined;
  if (f.areaCode) {
    const area = await findAreaRowByCode(ctx.db, municipalityId, f.areaCode);
    if (!area) return { ideas: [], nextCursor: null };
    areaPath = area.path;
  }
  const db = programmeDb(ctx.db);
  const rows = await listIdeaRows(db, municipalityId, {
    statuses: f.status ? [f.status] : ideaStatuses.filter((s) => s !== 'unconfirmed'),
    areaPaths,
    areaPath,
    after: f.cursor ? decodeCursor(f.cursor) : undefined,
    limit: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  const goals = await goalIdsOf(
    db,
    municipalityId,
    page.map((r) => r.id),
  );
  const ideas = page.map((r) => toIdea(r, goals.get(r.id) ?? []));
  const last = ideas.at(-1);
  const nextCursor =
    rows.length > f.limit && last
      ? Buffer.from(JSON.stringify({ c: last.createdAt, id: last.id })).toString('base64url')
      : null;
  return { ideas, nextCursor };
}
