import { findAreaRowById } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { getCategory, getKind } from '../config/list-categories.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { loadItemRow } from '../item-access.ts';
import { listEventRows } from '../items.repository.ts';
import '../open311/open311-i18n.ts';
import '../policy.ts';
import { derivedUuid, toZgwZaak, type ZgwFacts, type ZgwZaakExport } from './zgw-mapping.ts';

// The item as a ZGW zaak (docs/zgw-mapping.md) for staff who may read it: the zaak with its
// zaaktype, the status history, the roles (the resident as initiator, the owner as behandelaar),
// the buurt and the point as zaakobjecten, and the result. Others get a NotFoundError, like
// every item they may not read; the resident's contact details are in it, so no public access.

export async function getZgwZaak(
  app: Pick<InitiativesApp, 'publicUrl'>,
  ctx: ServiceContext,
  id: string,
): Promise<ZgwZaakExport> {
  if (ctx.actor.personId === null) throw new NotFoundError('initiative_item');
  const row = await loadItemRow(ctx, id, 'read');
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const [kind, category, area, events, municipality, organisation, person] = await Promise.all([
    getKind(ctx.db, m, row.kind_id),
    getCategory(ctx.db, m, row.category_id),
    findAreaRowById(ctx.db, m, row.area_id),
    listEventRows(db, m, row.id),
    db
      .selectFrom('municipalities')
      .select(['code', 'name', 'settings'])
      .where('id', '=', m)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('organisations')
      .select('name')
      .where('municipality_id', '=', m)
      .where('id', '=', row.owner_organisation_id)
      .executeTakeFirst(),
    row.owner_person_id
      ? db
          .selectFrom('people')
          .select(['id', 'name'])
          .where('municipality_id', '=', m)
          .where('id', '=', row.owner_person_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  if (!kind || !category || !area) throw new NotFoundError('initiative_item');

  const statuses: ZgwFacts['statuses'] = events
    .filter((e) => e.to_status !== null)
    .map((e) => ({
      id: e.id,
      status: e.to_status as NonNullable<typeof e.to_status>,
      at: e.created_at,
      text: e.public_text,
    }));
  if (statuses[0]?.status !== 'received')
    statuses.unshift({
      id: derivedUuid(row.id, 'status', 'received'),
      status: 'received',
      at: row.received_at,
      text: null,
    });
  const lastTransfer = [...events].reverse().find((e) => e.to_organisation_id === row.owner_organisation_id);
  const settings = (municipality.settings ?? {}) as Record<string, unknown>;
  const rsin = typeof settings.rsin === 'string' && /^\d{9}$/.test(settings.rsin) ? settings.rsin : '';
  const wijkCode = area.path.split('/').find((code) => code.startsWith('WK')) ?? null;

  return toZgwZaak({
    publicUrl: app.publicUrl,
    municipality: { code: municipality.code, name: municipality.name, rsin },
    item: {
      id: row.id,
      reference: row.reference,
      title: row.title,
      description: row.description,
      status: row.status,
      decision: row.decision,
      answer: row.answer,
      channel: row.channel,
      lon: row.lon,
      lat: row.lat,
      address: row.address,
      receivedAt: row.received_at,
      createdAt: row.created_at,
      deadlineOn: row.deadline_on,
      closedAt: row.closed_at,
      decidedAt: row.decided_at,
      contact: { name: row.contact_name, email: row.contact_email, phone: row.contact_phone },
      contactRemovedAt: row.contact_removed_at,
    },
    kind: { code: kind.code, name: kind.name, budgetRequest: kind.budgetRequest },
    category: {
      code: category.code,
      name: category.name,
      nextSteps: category.nextSteps,
      handlingDays: category.handlingDays,
      dayType: category.dayType,
    },
    area: {
      code: area.code,
      name: area.name,
      kind: area.kind,
      wijkCode: area.kind === 'buurt' ? wijkCode : null,
    },
    owner: {
      organisationId: row.owner_organisation_id,
      organisationName: organisation?.name ?? '',
      since: lastTransfer?.created_at ?? row.received_at,
    },
    ownerPerson: person ? { id: person.id, name: person.name } : null,
    statuses,
  });
}
