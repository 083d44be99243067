import { findAreaRowById } from '../../../core/areas/areas.repository.ts';
import type { ServiceContext } from '../../../core/audit/write.ts';
import { getInitiativeSettings } from '../config/get-settings.ts';
import { getCategory, localName } from '../config/list-categories.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import type { Decision, ItemStatus } from '../initiatives.ts';
import { initiativesPaths } from '../initiatives-paths.ts';
import { loadItemRowByFollowToken } from '../item-access.ts';
import { listEventRows } from '../items.repository.ts';
import { isOverdue } from '../rules/deadline.ts';
import { mayRate } from '../rules/satisfaction.ts';
import { amsterdamDate } from '../rules/working-days.ts';
import { listFiles } from './files.ts';
import './intake-i18n.ts';
import { activeGrant, findKindRow, latestRating, organisationName } from './intake.repository.ts';

// What the resident sees through the private follow link: where the item stands, who has it in
// plain words, the deadline, what they were told (public texts only, never internal notes or
// staff names), the answer, their photos, and what they can do now (answer a question, say
// whether they are satisfied, account for a budget).

export interface FollowedEvent {
  id: string;
  event: string;
  toStatus: ItemStatus | null;
  publicText: string;
  createdAt: string;
}

export interface FollowedPhoto {
  id: string;
  /** Includes the follow token (?t=), so only the resident and staff can open it. */
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
}

export interface FollowedItem {
  id: string;
  reference: string;
  title: string;
  description: string;
  kindName: string;
  categoryName: string;
  areaName: string;
  address: string | null;
  lon: number | null;
  lat: number | null;
  status: ItemStatus;
  decision: Decision | null;
  answer: string | null;
  ownerName: string;
  deadlineOn: string;
  overdue: boolean;
  receivedAt: string;
  closedAt: string | null;
  requestedCents: number | null;
  events: FollowedEvent[];
  photos: FollowedPhoto[];
  /** The open question to the resident (status awaiting_resident). */
  question: string | null;
  mayAnswer: boolean;
  mayRate: boolean;
  rating: { satisfied: boolean; reason: string; createdAt: string } | null;
  /** Granted from the quick budget: the resident's accounting page. */
  accountingPath: string | null;
  /** An e-mail address was given (the address itself is not shown here). */
  hasEmail: boolean;
}

export async function getFollowedItem(
  ctx: ServiceContext,
  token: string,
  now = new Date(),
): Promise<FollowedItem> {
  const row = await loadItemRowByFollowToken(ctx, token);
  const m = ctx.actor.municipalityId;
  const db = initiativesDb(ctx.db);
  const locale = row.locale;
  const [category, kind, area, ownerName, eventRows, files, rating, grant, settings] = await Promise.all([
    getCategory(ctx.db, m, row.category_id).catch(() => null),
    findKindRow(db, m, row.kind_id),
    findAreaRowById(ctx.db, m, row.area_id),
    organisationName(db, m, row.owner_organisation_id),
    listEventRows(db, m, row.id),
    listFiles(db, m, row.id),
    latestRating(db, m, row.id),
    activeGrant(db, m, row.id),
    getInitiativeSettings(ctx.db, m),
  ]);
  const events = eventRows
    .filter((e) => e.public_text !== null && e.public_text.trim() !== '')
    .map((e) => ({
      id: e.id,
      event: e.event,
      toStatus: e.to_status,
      publicText: e.public_text as string,
      createdAt: e.created_at.toISOString(),
    }));
  const lastQuestion = [...eventRows].reverse().find((e) => e.event === 'question');
  const awaiting = row.status === 'awaiting_resident';
  const closedAt = row.closed_at;
  // One verdict per closing: a rating from before the last closing does not count.
  const ratedSinceClosing = rating !== undefined && closedAt !== null && rating.created_at >= closedAt;
  const rateable = mayRate({ status: row.status, closedAt }, now, settings.reopenDays);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    description: row.description,
    kindName: kind ? (locale === 'en' && kind.name_en ? kind.name_en : kind.name) : '',
    categoryName: category ? localName(category, locale) : '',
    areaName: area?.name ?? '',
    address: row.address,
    lon: row.lon,
    lat: row.lat,
    status: row.status,
    decision: row.decision,
    answer: row.answer,
    ownerName,
    deadlineOn: row.deadline_on,
    overdue: isOverdue({ status: row.status, deadlineOn: row.deadline_on }, amsterdamDate(now)),
    receivedAt: row.received_at.toISOString(),
    closedAt: closedAt?.toISOString() ?? null,
    requestedCents: row.requested_cents,
    events,
    photos: files
      .filter((f) => f.purpose !== 'receipt' && f.contentType !== 'application/pdf')
      .map((f) => ({
        id: f.id,
        url: `${initiativesPaths.file(f.id)}?t=${encodeURIComponent(token)}`,
        alt: f.alt,
        width: f.width,
        height: f.height,
      })),
    // The question as staff typed it; the rendered message around it is in the history.
    question: awaiting ? (lastQuestion?.reason ?? lastQuestion?.public_text ?? null) : null,
    mayAnswer: awaiting,
    mayRate: rateable && !ratedSinceClosing,
    rating: rating
      ? { satisfied: rating.satisfied, reason: rating.reason, createdAt: rating.created_at.toISOString() }
      : null,
    accountingPath: grant ? initiativesPaths.accounting(token) : null,
    hasEmail: row.contact_email !== null,
  };
}
