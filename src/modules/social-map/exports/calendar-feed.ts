import { z } from 'zod';
import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { Locale } from '../../../core/i18n/i18n.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import type { Asset } from '../asset.ts';
import { organisationName } from '../assets.repository.ts';
import { dutchDate } from '../freshness.ts';
import type { HsdsAssetFilter } from '../hsds/hsds.repository.ts';
import { socialMapLinks } from '../links.ts';
import { type IcsEvent, toICalendar } from '../schedule/ics-export.ts';
import { parseLocalDate } from '../schedule/local-time.ts';
import { AMSTERDAM, localToUtc } from '../schedule/time-zone.ts';
import { smDb } from '../social-map.tables.ts';
import { listTaxonomy } from '../taxonomy.ts';
import { exportsText } from './i18n.ts';
import { areaByCode, placeOf, publicAssets, requirePublicRead } from './public-assets.ts';

// iCalendar feeds of the social map per area (with its sub-areas), theme or organisation: the
// publicly visible activities and groups with their schedules, as recurring events in
// Europe/Amsterdam (see schedule/ics-export.ts). Places and offerings have opening hours, not
// events, so they stay out of the agenda.

export const calendarKinds: HsdsAssetFilter['kinds'] = ['activity', 'group'];

export type CalendarScope =
  | { by: 'area'; code: string }
  | { by: 'theme'; code: string }
  | { by: 'organisation'; id: string };

export interface CalendarFeed {
  body: string;
  /** The newest change of an event in the feed, at the earliest the start of today (see decision 009). */
  lastModified: Date;
  eventCount: number;
}

function addressText(a: Asset): string | undefined {
  if (!a.address) return undefined;
  return [a.address.street, [a.address.postalCode, a.address.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

/** Where it happens, in words: the place it meets at, its own address, online, or its area. */
export function locationText(asset: Asset, place: Asset | undefined): string | undefined {
  if (place) return [place.title, addressText(place)].filter(Boolean).join(', ');
  if (asset.locationType === 'online') return asset.onlineUrl ?? undefined;
  return addressText(asset) ?? (asset.locationType === 'area' ? asset.area.name : undefined);
}

/** One event per schedule of each asset; UIDs are stable as long as the schedules keep their order. */
export function calendarEvents(
  assets: Asset[],
  places: ReadonlyMap<string, Asset>,
  baseUrl: string,
): IcsEvent[] {
  const events: IcsEvent[] = [];
  for (const asset of assets) {
    const location = locationText(asset, placeOf(asset, places));
    const description = [asset.summary, asset.scheduleNote].filter(Boolean).join('\n\n');
    asset.schedules.forEach((schedule, i) => {
      const event: IcsEvent = {
        uid: `${asset.id}-${i}@sociale-kaart.wijkwerk`,
        summary: asset.title,
        url: socialMapLinks.asset(baseUrl, asset.id),
        schedule,
        lastModified: asset.updatedAt,
        status: 'confirmed',
      };
      if (description) event.description = description;
      if (location) event.location = location;
      // A schedule the writer cannot express (it was validated on input) must not break the feed.
      try {
        toICalendar({ name: '', events: [event] });
        events.push(event);
      } catch {
        console.warn(`calendar feed: schedule ${i} of ${asset.id} skipped`);
      }
    });
  }
  return events;
}

const themeCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/);

export async function calendarFeed(
  db: Db,
  actor: Actor,
  scope: CalendarScope,
  opts: { locale: Locale; baseUrl: string },
  now = new Date(),
): Promise<CalendarFeed> {
  requirePublicRead(actor);
  const m = actor.municipalityId;
  let filter: HsdsAssetFilter;
  let name: string;
  if (scope.by === 'area') {
    const area = await areaByCode(db, m, scope.code);
    filter = { kinds: calendarKinds, areaPath: area.path };
    name = exportsText(opts.locale, 'sm.exports.calendar.area', { name: area.name });
  } else if (scope.by === 'theme') {
    const term = themeCode.safeParse(scope.code).success
      ? (await listTaxonomy(db, m)).find((t) => t.vocabulary === 'theme' && t.code === scope.code)
      : undefined;
    if (!term) throw new NotFoundError('theme');
    filter = { kinds: calendarKinds, terms: [{ vocabulary: 'theme', code: term.code }] };
    const label = opts.locale === 'nl' ? term.labelNl : term.labelEn;
    name = exportsText(opts.locale, 'sm.exports.calendar.theme', { name: label });
  } else {
    const org = await organisationName(smDb(db), m, scope.id);
    if (org === null) throw new NotFoundError('organisation');
    filter = { kinds: calendarKinds, organisationId: scope.id };
    name = exportsText(opts.locale, 'sm.exports.calendar.organisation', { name: org });
  }
  const { assets, places } = await publicAssets(db, m, filter, now);
  const events = calendarEvents(
    assets.filter((a) => a.schedules.length > 0),
    places,
    opts.baseUrl,
  );
  // Items also leave a feed without being edited (hidden after reports, gone stale, expired). The
  // ETag catches that at once; so that a client that only sends If-Modified-Since sees it by the
  // next day at the latest, the date is never before the start of today.
  const startOfToday = localToUtc(AMSTERDAM, parseLocalDate(dutchDate(now)) ?? now.getTime());
  const newest = events.reduce((t, e) => Math.max(t, e.lastModified.getTime()), startOfToday);
  return {
    body: toICalendar({ name, events }),
    lastModified: new Date(Math.floor(newest / 1000) * 1000),
    eventCount: events.length,
  };
}
