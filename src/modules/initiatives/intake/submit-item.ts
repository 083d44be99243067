import { randomUUID } from 'node:crypto';
import { findAreaRowByCode } from '../../../core/areas/areas.repository.ts';
import { locatePoint } from '../../../core/areas/locate-point.ts';
import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { hit, limits } from '../../../core/auth/rate-limit.ts';
import { sha256 } from '../../../core/auth/tokens.ts';
import { ConflictError, type FieldError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { translate } from '../../../core/i18n/i18n.ts';
import { requireAccess } from '../../../core/permissions/can.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import type { Category } from '../config/config.ts';
import { getInitiativeSettings } from '../config/get-settings.ts';
import { getCategory } from '../config/list-categories.ts';
import { formatResidentDate, residentMessage } from '../config/resident-message.ts';
import { routeItem } from '../config/route-item.ts';
import type { Channel, InitiativesTx } from '../initiatives.tables.ts';
import { initiativesDb, initiativesTx } from '../initiatives.tables.ts';
import type { InitiativesApp } from '../initiatives-app.ts';
import { absoluteUrl, initiativesPaths } from '../initiatives-paths.ts';
import { insertEvent } from '../items.repository.ts';
import { mayRegisterOnBehalf } from '../policy.ts';
import { computeDeadline, escalationDate } from '../rules/deadline.ts';
import { type SanitisedFile, sanitiseUpload, storeFile } from './files.ts';
import './intake-i18n.ts';
import {
  findItemByIdempotencyKey,
  insertItem,
  nextReferenceNumber,
  organisationName,
} from './intake.repository.ts';
import {
  maxPhotos,
  type SubmitItemData,
  type SubmitItemInput,
  submitItemInput,
  type Upload,
} from './intake-input.ts';
import { amsterdamYear, followTokenFor, formatReference, titleFromDescription } from './reference.ts';

export type { SubmitItemInput };
export { submitItemInput };

export interface SubmitItemResult {
  id: string;
  reference: string;
  /** The resident's private follow token (only its hash is stored). */
  followToken: string;
  /** The same idempotency key came before: nothing new was made. */
  duplicate: boolean;
}

/** Channels by which staff and partners register on behalf of a resident. */
export const onBehalfChannels: readonly Channel[] = ['phone', 'counter', 'street', 'email'];

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * A resident's idea, initiative, signal or question comes in: from the public form (no account),
 * the API, Open311, or staff registering it on a resident's behalf. It gets a reference number,
 * an owner (the routing rules, else the category's department), a deadline (working or calendar
 * days from the category) and a private follow link, which is mailed when an address was given.
 * Spam defences for anonymous callers: a rate limit per address and a honeypot (filled in: the
 * usual answer, nothing kept). The same idempotency key twice makes one item (double click,
 * retry) and hands out the same follow link again.
 */
export async function submitItem(
  app: InitiativesApp,
  ctx: ServiceContext,
  input: SubmitItemInput,
  uploads: Upload[] = [],
): Promise<SubmitItemResult> {
  const m = ctx.actor.municipalityId;
  const anonymous = ctx.actor.personId === null;
  if (anonymous) await hit(ctx.db, `initiatives-submit:${ctx.meta.ip ?? 'unknown'}`, limits.publicFormPerIp);
  const raw = input as { honeypot?: unknown };
  if (typeof raw?.honeypot === 'string' && raw.honeypot.trim() !== '') return decoy();
  const data = parseAll(input);
  const onBehalf = onBehalfChannels.includes(data.channel);
  requireAccess(ctx.actor, 'create', {
    type: 'initiative_item',
    municipalityId: m,
    areaPath: '',
    ownerOrganisationId: '',
    ownerPersonId: null,
    registeredBy: ctx.actor.personId,
  });
  if (onBehalf && !mayRegisterOnBehalf(ctx.actor))
    throw new ValidationError([{ field: 'channel', key: 'validation.choice' }]);

  const db = initiativesDb(ctx.db);
  const key = data.idempotencyKey ?? null;
  if (key) {
    const existing = await findItemByIdempotencyKey(db, m, key);
    if (existing) return duplicateOf(app, m, existing, data);
  }

  const errors: FieldError[] = [];
  const category = await findCategory(ctx, data.categoryId);
  if (!category) errors.push({ field: 'categoryId', key: 'validation.choice' });
  const area = await resolveArea(ctx, data, errors);
  const contactGiven = Boolean(data.contactName || data.contactEmail || data.contactPhone);
  if (contactGiven && !data.consent)
    errors.push({ field: 'consent', key: 'initiatives.intake.error.consent' });
  const attributeValues = category ? checkAttributes(category, data.attributeValues, errors) : {};
  if (uploads.length > maxPhotos)
    errors.push({
      field: 'photos',
      key: 'initiatives.intake.error.tooManyPhotos',
      params: { max: maxPhotos },
    });
  const photos: SanitisedFile[] = [];
  for (const upload of uploads.slice(0, maxPhotos)) {
    try {
      const file = await sanitiseUpload(upload, 'photos');
      if (file.contentType === 'application/pdf')
        errors.push({
          field: 'photos',
          key: 'initiatives.intake.error.fileType',
          params: { name: upload.name },
        });
      else photos.push(file);
    } catch (error) {
      if (error instanceof ValidationError) errors.push(...error.fieldErrors);
      else throw error;
    }
  }
  if (errors.length > 0 || !category || !area) throw new ValidationError(errors);

  const locale = data.locale ?? 'nl';
  const settings = await getInitiativeSettings(ctx.db, m);
  const calendar = { liberationDayOff: settings.liberationDayOff };
  const receivedAt = new Date();
  const deadlineOn = computeDeadline(
    receivedAt,
    { days: category.handlingDays, dayType: category.dayType },
    calendar,
  );
  const escalateOn = escalationDate(deadlineOn, settings.escalationWorkingDays, calendar);
  const followToken = followTokenFor(app.secret, m, key);
  const title = data.title || titleFromDescription(data.description);
  const requestedCents =
    category.budgetRequest && data.requestedEuros !== undefined
      ? Math.round(data.requestedEuros * 100)
      : null;
  const link = absoluteUrl(app.publicUrl, initiativesPaths.follow(followToken));

  let created: { id: string; reference: string; mail: { subject: string; body: string } | null };
  try {
    created = await runWrite(ctx, async (wtx, audit) => {
      const tx = initiativesTx(wtx);
      const reference = formatReference(
        amsterdamYear(receivedAt),
        await nextReferenceNumber(tx, m, amsterdamYear(receivedAt)),
      );
      const owner = await routeItem(tx, m, {
        kindId: category.kindId,
        categoryId: category.id,
        areaPath: area.path,
      });
      const id = await insertItem(tx, m, {
        reference,
        kindId: category.kindId,
        categoryId: category.id,
        title,
        description: data.description,
        areaId: area.id,
        areaPath: area.path,
        lon: data.lon ?? null,
        lat: data.lat ?? null,
        address: data.address ?? null,
        ownerOrganisationId: owner.organisationId,
        ownerPersonId: owner.personId,
        channel: data.channel,
        registeredBy: onBehalf ? ctx.actor.personId : null,
        submitterPersonId: onBehalf ? null : ctx.actor.personId,
        contactName: contactGiven ? (data.contactName ?? null) : null,
        contactEmail: contactGiven ? (data.contactEmail?.toLowerCase() ?? null) : null,
        contactPhone: contactGiven ? (data.contactPhone ?? null) : null,
        consentText: contactGiven ? translate(locale, 'initiatives.intake.consent.text') : null,
        consentAt: contactGiven ? receivedAt : null,
        locale,
        idempotencyKey: key,
        followTokenHash: sha256(followToken),
        requestedCents,
        attributeValues,
        receivedAt,
        deadlineOn,
        escalateOn,
      });
      const params = {
        reference,
        title,
        owner: await organisationName(tx, m, owner.organisationId),
        deadline: formatResidentDate(locale, deadlineOn),
        answer: '',
        question: '',
        reason: '',
      };
      // The history shows the text without the link: staff read it too, and the link is the
      // resident's key to the item.
      const shown = await residentMessage(tx, m, 'received', locale, {
        ...params,
        link: translate(locale, 'initiatives.intake.thisPage'),
      });
      await insertEvent(tx, ctx.actor, m, id, {
        event: 'received',
        toStatus: 'received',
        toOrganisationId: owner.organisationId,
        publicText: shown.body,
        internalNote: owner.ruleId ? null : translate('nl', 'initiatives.intake.routedByCategory'),
      });
      await storePhotos(tx, m, id, photos, reference, locale);
      // No contact details in the audit log: it is kept longer than the item's personal data.
      audit({
        action: 'initiatives.item.submit',
        resourceType: 'initiative_item',
        resourceId: id,
        changes: {
          reference,
          category: category.code,
          area: area.code,
          channel: data.channel,
          owner: owner.organisationId,
          rule: owner.ruleId,
          deadlineOn,
          photos: photos.length,
          contact: contactGiven,
        },
      });
      const mail =
        contactGiven && data.contactEmail
          ? await residentMessage(tx, m, 'received', locale, { ...params, link })
          : null;
      return { id, reference, mail };
    });
  } catch (error) {
    // Two requests with the same key at once: the second one lost the race for the unique index.
    if (key && isUniqueViolation(error)) {
      const existing = await findItemByIdempotencyKey(db, m, key);
      if (existing) return duplicateOf(app, m, existing, data);
    }
    throw error;
  }
  if (created.mail && data.contactEmail) {
    const body = created.mail.body.includes(link)
      ? created.mail.body
      : `${created.mail.body}\n\n${translate(locale, 'initiatives.intake.mail.followLink', { link })}`;
    await app.mailer.send(ctx.db, {
      municipalityId: m,
      to: data.contactEmail.toLowerCase(),
      subject: created.mail.subject,
      text: body,
      purpose: 'initiatives-item',
    });
  }
  return { id: created.id, reference: created.reference, followToken, duplicate: false };
}

async function storePhotos(
  tx: InitiativesTx,
  m: string,
  itemId: string,
  photos: SanitisedFile[],
  reference: string,
  locale: 'nl' | 'en',
) {
  let n = 0;
  for (const photo of photos) {
    n += 1;
    await storeFile(
      tx,
      m,
      itemId,
      'submission',
      photo,
      translate(locale, 'initiatives.intake.photoAlt', { n, reference }),
    );
  }
}

/** A retry: the first item, if it is the same submission; a different one under the same key is a conflict. */
function duplicateOf(
  app: InitiativesApp,
  m: string,
  existing: {
    id: string;
    reference: string;
    category_id: string;
    description: string;
    idempotency_key: string | null;
  },
  data: SubmitItemData,
): SubmitItemResult {
  if (existing.category_id !== data.categoryId || existing.description !== data.description)
    throw new ConflictError('initiatives.intake.error.idempotencyMismatch');
  return {
    id: existing.id,
    reference: existing.reference,
    followToken: followTokenFor(app.secret, m, existing.idempotency_key),
    duplicate: true,
  };
}

/**
 * The schema's checks, and when they fail also the checks that need no database (where, consent),
 * so a form says everything that is wrong at once.
 */
function parseAll(input: SubmitItemInput): SubmitItemData {
  const parsed = submitItemInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors = toFieldErrors(parsed.error);
  const raw = (input ?? {}) as Record<string, unknown>;
  const given = (k: string) =>
    typeof raw[k] === 'number' || (typeof raw[k] === 'string' && (raw[k] as string).trim() !== '');
  const has = (field: string) => errors.some((e) => e.field === field);
  if (!given('areaCode') && !given('lon') && !given('lat') && !has('areaCode'))
    errors.push({ field: 'areaCode', key: 'initiatives.intake.error.location' });
  const consented = raw.consent === true || ['yes', 'true', 'on'].includes(String(raw.consent));
  if (
    (given('contactName') || given('contactEmail') || given('contactPhone')) &&
    !consented &&
    !has('consent')
  )
    errors.push({ field: 'consent', key: 'initiatives.intake.error.consent' });
  throw new ValidationError(errors);
}

/** What a bot that filled in the honeypot hears: a believable answer, nothing kept. */
function decoy(): SubmitItemResult {
  const n = Math.floor(Math.random() * 900_000) + 1000;
  return {
    id: randomUUID(),
    reference: formatReference(amsterdamYear(new Date()), n),
    followToken: followTokenFor('decoy', randomUUID(), null),
    duplicate: false,
  };
}

async function findCategory(ctx: ServiceContext, id: string): Promise<Category | null> {
  try {
    const c = await getCategory(ctx.db, ctx.actor.municipalityId, id);
    return c?.active ? c : null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * The buurt of the item: the point's buurt when a point inside the municipality was picked,
 * else the chosen buurt or wijk. A point outside every buurt, or no place at all, is an error.
 */
async function resolveArea(ctx: ServiceContext, data: SubmitItemData, errors: FieldError[]) {
  const m = ctx.actor.municipalityId;
  if ((data.lon === undefined) !== (data.lat === undefined)) {
    errors.push({ field: data.lon === undefined ? 'lon' : 'lat', key: 'validation.required' });
    return null;
  }
  if (data.lon !== undefined && data.lat !== undefined) {
    const place = await locatePoint(ctx.db, ctx.actor, data.lat, data.lon);
    const hit = place.buurt ?? place.wijk;
    if (hit) {
      const row = await findAreaRowByCode(ctx.db, m, hit.code);
      if (row) return row;
    }
    if (!data.areaCode) {
      errors.push({ field: 'lat', key: 'initiatives.intake.error.outside' });
      return null;
    }
  }
  if (!data.areaCode) {
    errors.push({ field: 'areaCode', key: 'initiatives.intake.error.location' });
    return null;
  }
  const row = await findAreaRowByCode(ctx.db, m, data.areaCode);
  if (!row || row.kind === 'gemeente') {
    errors.push({ field: 'areaCode', key: 'validation.choice' });
    return null;
  }
  return row;
}

/** The answers to the category's extra questions: required ones present, choices from the list. */
function checkAttributes(
  category: Category,
  values: Record<string, string | string[]>,
  errors: FieldError[],
): Record<string, string | string[] | number> {
  const out: Record<string, string | string[] | number> = {};
  for (const a of category.attributes) {
    const field = `attributeValues.${a.code}`;
    const raw = values[a.code];
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .map((v) => v.trim())
      .filter(Boolean);
    if (list.length === 0) {
      if (a.required) errors.push({ field, key: 'validation.required' });
      continue;
    }
    const keys = new Set((a.values ?? []).map((v) => v.key));
    if (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') {
      if (list.some((v) => !keys.has(v)) || (a.datatype === 'singlevaluelist' && list.length > 1)) {
        errors.push({ field, key: 'validation.choice' });
        continue;
      }
      out[a.code] = a.datatype === 'singlevaluelist' ? (list[0] as string) : list;
    } else if (a.datatype === 'number') {
      const n = Number((list[0] as string).replace(',', '.'));
      if (!Number.isFinite(n)) errors.push({ field, key: 'validation.number' });
      else out[a.code] = n;
    } else {
      out[a.code] = list.join(', ');
    }
  }
  return out;
}
