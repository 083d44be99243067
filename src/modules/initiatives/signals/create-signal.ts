import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { ValidationError } from '../../../core/errors.ts';
import { pathWithin } from '../../../core/permissions/actor.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { parseInput } from '../../../core/validation.ts';
import { type InitiativesDb, initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import '../policy.ts';
import './signals-i18n.ts';
import { signalResource } from './signal-access.ts';
import { type CreateSignalInput, createSignalInput } from './signal-input.ts';
import { toSignals } from './signal-view.ts';
import { addSignalItems, findSignalRow, itemPaths } from './signals.repository.ts';
import type { NeighbourhoodSignal } from './signals.ts';

// An area officer (or the office) bundles related items of an area into a wijksignaal with an
// explanation of what they have in common. Only items of that area (and the areas inside it).

/** Every id must be an item inside the area; otherwise a ValidationError on `field`. */
export async function requireItemsInArea(
  db: InitiativesDb,
  municipalityId: string,
  ids: string[],
  areaPath: string,
  field: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await itemPaths(db, municipalityId, unique);
  if (found.length !== unique.length || found.some((r) => !pathWithin(r.area_path, areaPath)))
    throw new ValidationError([{ field, key: 'initiatives.signals.error.itemOutside' }]);
}

export async function createSignal(
  ctx: ServiceContext,
  input: CreateSignalInput,
): Promise<NeighbourhoodSignal> {
  const f = parseInput(createSignalInput, input);
  const m = ctx.actor.municipalityId;
  const area = await findAreaRowByCode(ctx.db, m, f.areaCode.toUpperCase());
  if (!area) throw new ValidationError([{ field: 'areaCode', key: 'initiatives.signals.error.area' }]);
  requireAccess(ctx.actor, 'create', signalResource(m, area.path));
  await requireItemsInArea(initiativesDb(ctx.db), m, f.itemIds, area.path, 'itemIds');
  return runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const { id } = await tx
      .insertInto('neighbourhood_signals')
      .values({
        municipality_id: m,
        area_id: area.id,
        title: f.title,
        explanation: f.explanation,
        created_by: ctx.actor.personId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addSignalItems(tx, m, id, [...new Set(f.itemIds)]);
    audit({
      action: 'initiatives.signal.create',
      resourceType: 'neighbourhood_signal',
      resourceId: id,
      changes: { areaCode: area.code, title: f.title, items: f.itemIds.length },
    });
    const row = await findSignalRow(tx, m, id);
    if (!row) throw new Error('signal just created is missing');
    const [signal] = await toSignals(tx, m, [row]);
    return signal as NeighbourhoodSignal;
  });
}
