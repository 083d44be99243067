import type { Actor } from '../../../core/permissions/actor.ts';
import { hasRole } from '../../../core/permissions/actor.ts';
import type { Decision, InitiativesDb, ItemStatus } from '../initiatives.tables.ts';
import type { Open311Status } from './open311-mapping.ts';

// The queries of the Open311 koppeling: service requests with their category, owner and the
// latest text the resident was told, filtered in SQL by what the caller may see.

export interface RequestRow {
  id: string;
  reference: string;
  status: ItemStatus;
  decision: Decision | null;
  description: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  area_path: string;
  owner_organisation_id: string;
  owner_person_id: string | null;
  registered_by: string | null;
  public: boolean;
  received_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  decided_at: Date | null;
  deadline_on: string;
  category_code: string;
  category_name: string;
  category_name_en: string | null;
  next_steps: string;
  next_steps_en: string | null;
  on_public_map: boolean;
  agency: string;
  status_notes: string | null;
}

export interface RequestFilter {
  references: string[] | null;
  serviceCodes: string[] | null;
  from: Date | null;
  to: Date | null;
  statuses: Open311Status[] | null;
  /** Items on the public map may be listed (as summaries) to anyone. */
  publishedVisible: boolean;
  limit: number;
}

export async function findRequestRows(
  db: InitiativesDb,
  municipalityId: string,
  actor: Actor,
  f: RequestFilter,
): Promise<RequestRow[]> {
  let q = db
    .selectFrom('initiative_items as i')
    .innerJoin('initiative_categories as c', 'c.id', 'i.category_id')
    .innerJoin('organisations as o', 'o.id', 'i.owner_organisation_id')
    .select((eb) => [
      'i.id',
      'i.reference',
      'i.status',
      'i.decision',
      'i.description',
      'i.address',
      'i.lat',
      'i.lon',
      'i.area_path',
      'i.owner_organisation_id',
      'i.owner_person_id',
      'i.registered_by',
      'i.public',
      'i.received_at',
      'i.updated_at',
      'i.closed_at',
      'i.decided_at',
      'i.deadline_on',
      'c.code as category_code',
      'c.name as category_name',
      'c.name_en as category_name_en',
      'c.next_steps',
      'c.next_steps_en',
      'c.on_public_map',
      'o.name as agency',
      eb
        .selectFrom('initiative_events as e')
        .select('e.public_text')
        .whereRef('e.item_id', '=', 'i.id')
        .where('e.public_text', 'is not', null)
        .orderBy('e.created_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('status_notes'),
    ])
    .where('i.municipality_id', '=', municipalityId)
    .where((eb) => {
      // policy.ts mayReadItem, as SQL; the service checks each row with can() again.
      const readable = [];
      const office = hasRole(actor, 'administrator') || hasRole(actor, 'coordinator');
      const mayRead = actor.tokenScopes === undefined || actor.tokenScopes.includes('read');
      if (mayRead && office) readable.push(eb.val(true));
      else if (mayRead) {
        for (const g of actor.grants) {
          if (g.role === 'area_officer' && g.areaPath !== undefined) {
            readable.push(eb('i.area_path', '=', g.areaPath));
            readable.push(eb('i.area_path', 'like', `${likeEscape(g.areaPath)}/%`));
          }
          if (g.organisationId !== undefined)
            readable.push(eb('i.owner_organisation_id', '=', g.organisationId));
        }
        if (actor.personId !== null) {
          readable.push(eb('i.owner_person_id', '=', actor.personId));
          readable.push(eb('i.registered_by', '=', actor.personId));
        }
      }
      if (f.publishedVisible)
        readable.push(eb.and([eb('i.public', '=', true), eb('c.on_public_map', '=', true)]));
      return readable.length ? eb.or(readable) : eb.val(false);
    });
  if (f.references) {
    q = q.where('i.reference', 'in', f.references.length ? f.references : ['']);
  } else {
    if (f.serviceCodes) q = q.where('c.code', 'in', f.serviceCodes.length ? f.serviceCodes : ['']);
    if (f.from) q = q.where('i.received_at', '>=', f.from);
    if (f.to) q = q.where('i.received_at', '<=', f.to);
    if (f.statuses && f.statuses.length === 1) {
      const wantClosed = f.statuses[0] === 'closed';
      // closed: done, cancelled, or decided with a rejection or referral (open311Status).
      q = q.where((eb) => {
        const closed = eb.or([
          eb('i.status', 'in', ['done', 'cancelled']),
          eb.and([eb('i.status', '=', 'decided'), eb('i.decision', 'in', ['rejected', 'referred'])]),
        ]);
        return wantClosed ? closed : eb.not(closed);
      });
    }
  }
  const rows = await q.orderBy('i.received_at', 'desc').orderBy('i.id').limit(f.limit).execute();
  return rows as unknown as RequestRow[];
}

export async function findItemIdentity(
  db: InitiativesDb,
  municipalityId: string,
  id: string,
): Promise<{ id: string; reference: string } | undefined> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  return db
    .selectFrom('initiative_items')
    .select(['id', 'reference'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
