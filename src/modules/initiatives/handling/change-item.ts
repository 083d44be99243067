import { z } from 'zod';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import { locatePoint } from '../../../core/areas/locate-point.ts';
import { changedFields, runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { DomainError, ValidationError } from '../../../core/errors.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { parseInput } from '../../../core/validation.ts';
import { getCategory } from '../config/list-categories.ts';
import { routeItem } from '../config/route-item.ts';
import { type InitiativeItemsTable, initiativesTx } from '../initiatives.tables.ts';
import { closedStatuses, type Item, openStatuses } from '../initiatives.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { loadItemRow } from '../item-access.ts';
import { insertEvent, toItem } from '../items.repository.ts';
import './handling-i18n.ts';
import type { Updateable } from 'kysely';
import { findOrganisation } from './handling.repository.ts';
import { deadlinesFrom, handlingSettings, lockItemForHandling, saveItem } from './handling-steps.ts';
import { notifyResident } from './notify-resident.ts';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const changeItemInput = z.object({
  categoryId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  areaCode: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(20).optional()),
  lon: z.preprocess(emptyToUndefined, z.coerce.number().min(-180).max(180).nullable().optional()),
  lat: z.preprocess(emptyToUndefined, z.coerce.number().min(-90).max(90).nullable().optional()),
  address: z.preprocess(emptyToUndefined, z.string().trim().max(300).nullable().optional()),
  version: z.coerce.number().int().min(1),
});
export type ChangeItemInput = z.input<typeof changeItemInput>;

/**
 * Corrects the category or the location. Either one runs the routing rules again: when they
 * now point elsewhere the item moves to that owner (a transfer the resident is told about). A new
 * category brings its own handling time, so an open item gets a new deadline counted from its
 * receipt. A point without an area code finds its buurt itself.
 */
export async function changeItem(
  app: InitiativesApp,
  ctx: ServiceContext,
  id: string,
  input: ChangeItemInput,
): Promise<Item> {
  const current = await loadItemRow(ctx, id, 'update');
  const data = parseInput(changeItemInput, input);
  const m = ctx.actor.municipalityId;
  if ((data.lon === undefined) !== (data.lat === undefined) || (data.lon === null) !== (data.lat === null))
    throw new ValidationError([{ field: 'lat', key: 'initiatives.handling.error.lonLatTogether' }]);
  if (closedStatuses.includes(current.status)) throw new DomainError('initiatives.handling.error.closed');

  const category = data.categoryId ? await getCategory(ctx.db, m, data.categoryId) : null;
  if (data.categoryId && !category?.active)
    throw new ValidationError([{ field: 'categoryId', key: 'initiatives.handling.error.unknownCategory' }]);

  let area: { id: string; path: string } | null = null;
  if (data.areaCode) {
    const row = await findAreaRowByCode(ctx.db, m, data.areaCode);
    if (!row)
      throw new ValidationError([{ field: 'areaCode', key: 'initiatives.handling.error.unknownArea' }]);
    if (row.kind === 'gemeente')
      throw new ValidationError([{ field: 'areaCode', key: 'initiatives.handling.error.areaTooWide' }]);
    area = { id: row.id, path: row.path };
  } else if (typeof data.lon === 'number' && typeof data.lat === 'number') {
    const found = await locatePoint(ctx.db, ctx.actor, data.lat, data.lon);
    const hit = found.buurt ?? found.wijk;
    if (!hit) throw new ValidationError([{ field: 'lat', key: 'initiatives.handling.error.pointOutside' }]);
    area = { id: hit.id, path: hit.path };
  }
  const settings = await handlingSettings(ctx.db, m);

  const saved = await runWrite(ctx, async (wtx, audit) => {
    const tx = initiativesTx(wtx);
    const now = new Date();
    const row = await lockItemForHandling(tx, ctx.actor, id, data.version);
    const changes: Updateable<InitiativeItemsTable> = {};
    const categoryChanged = category !== null && category.id !== row.category_id;
    const newArea = area !== null && area.id !== row.area_id ? area : null;
    const areaChanged = newArea !== null;
    if (categoryChanged) {
      changes.category_id = category.id;
      changes.kind_id = category.kindId;
      if (openStatuses.includes(row.status))
        Object.assign(changes, deadlinesFrom(row.received_at, category, settings), { escalated_at: null });
    }
    if (newArea) {
      changes.area_id = newArea.id;
      changes.area_path = newArea.path;
    }
    if (data.lon !== undefined) changes.lon = data.lon;
    if (data.lat !== undefined) changes.lat = data.lat;
    if (data.address !== undefined) changes.address = data.address;

    let transferredTo: { id: string; name: string } | null = null;
    if (categoryChanged || areaChanged) {
      const route = await routeItem(tx, m, {
        kindId: category?.kindId ?? row.kind_id,
        categoryId: category?.id ?? row.category_id,
        areaPath: area?.path ?? row.area_path,
      });
      if (route.organisationId !== row.owner_organisation_id) {
        changes.owner_organisation_id = route.organisationId;
        changes.owner_person_id = route.personId;
        const org = await findOrganisation(tx, m, route.organisationId);
        transferredTo = { id: route.organisationId, name: org?.name ?? '' };
      }
    }
    const before = row as unknown as Record<string, unknown>;
    const diff = changedFields(
      Object.fromEntries(Object.keys(changes).map((k) => [k, before[k]])),
      changes as Record<string, unknown>,
    );
    if (Object.keys(diff).length === 0) {
      audit({
        action: 'initiatives.item.change',
        resourceType: 'initiative_item',
        resourceId: id,
        changes: {},
      });
      return row;
    }
    const after = await saveItem(tx, row, changes, now);
    // One event per step (events of one transaction share their time): a re-route is the transfer.
    if (transferredTo) {
      const reason = translate(row.locale, 'initiatives.handling.rerouted');
      const publicText = await notifyResident(app, tx, after, 'transferred', {
        owner: transferredTo.name,
        reason,
      });
      await insertEvent(tx, ctx.actor, m, id, {
        event: 'transferred',
        fromOrganisationId: row.owner_organisation_id,
        toOrganisationId: transferredTo.id,
        reason,
        publicText,
        internalNote: Object.keys(diff).join(', '),
      });
    } else {
      await insertEvent(tx, ctx.actor, m, id, {
        event: 'changed',
        internalNote: Object.keys(diff).join(', '),
      });
    }
    // No address or coordinates in the audit log beyond what changed on the item itself.
    audit({
      action: 'initiatives.item.change',
      resourceType: 'initiative_item',
      resourceId: id,
      changes: { ...diff, version: after.version },
    });
    return after;
  });
  return toItem(saved, true);
}
