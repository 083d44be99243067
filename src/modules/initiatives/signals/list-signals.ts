import { z } from 'zod';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { decodeCursor, encodeCursor } from '../../../core/http/api/pagination.ts';
import { parseInput } from '../../../core/validation.ts';
import { initiativesDb, type SignalStatus } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { resolveScope } from './scope.ts';
import { type ListSignalsInput, listSignalsInput } from './signal-input.ts';
import { toSignals } from './signal-view.ts';
import { listSignalRows } from './signals.repository.ts';
import type { NeighbourhoodSignal } from './signals.ts';

// The wijksignalen the actor may see, newest first: all for the office, those of their areas for
// area officers (optionally one area and what lies inside it).

const cursorSchema = z.object({ c: z.iso.datetime(), id: z.uuid() });

export async function listSignals(
  ctx: ServiceContext,
  input: ListSignalsInput = {},
): Promise<{ signals: NeighbourhoodSignal[]; nextCursor: string | null }> {
  const f = parseInput(listSignalsInput, input);
  const after = f.cursor ? decodeCursor(f.cursor, cursorSchema) : undefined;
  if (f.cursor && !after) throw new ValidationError([{ field: 'cursor', key: 'validation.invalid' }]);
  const scope = await resolveScope(ctx, f.areaCode || undefined);
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const rows = await listSignalRows(db, m, {
    paths: scope.paths,
    status: f.status as SignalStatus | undefined,
    after: after ? { createdAt: after.c, id: after.id } : undefined,
    limit: f.limit + 1,
  });
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    signals: await toSignals(db, m, page),
    nextCursor:
      rows.length > f.limit && last ? encodeCursor({ c: last.created_at.toISOString(), id: last.id }) : null,
  };
}
