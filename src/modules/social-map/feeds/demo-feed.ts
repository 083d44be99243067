import { runWrite } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import { voorbeeld } from '../../../core/demo/voorbeeld-data.ts';
import { findMunicipalityByCode } from '../../../core/municipalities/municipalities.repository.ts';
import { systemActor } from '../../../core/permissions/actor.ts';
import { findFeedRow, insertFeedRow } from './feeds.repository.ts';
import { feedDb, feedTx } from './feeds.tables.ts';
import { applyFeedResult } from './sync-feed.ts';

// The demo's calendar feed: the agenda of Buurthuis De Schakel (Welzijn Voorbeeld) in Noordhoek.
// Its URL is on a reserved .example name, so it is never fetched (docs/decisions/010); instead
// the bundled text below goes through the same sync code at demo load, as if it had been fetched.

export const demoFeedUrl = 'https://agenda.deschakel.example/agenda.ics';

const pad = (n: number) => String(n).padStart(2, '0');
const icsDate = (d: Date) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;

/** The agenda as the buurthuis's calendar program would publish it, around the given day. */
export function demoFeedIcs(today: Date): string {
  // The Monday of last week: the series are running already and go on.
  const monday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) - 7);
  const day = (offset: number) => {
    const d = new Date(monday);
    d.setUTCDate(d.getUTCDate() + offset);
    return icsDate(d);
  };
  const at = (offset: number, time: string) => `;TZID=Europe/Amsterdam:${day(offset)}T${time}00`;
  const event = (lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Buurthuis De Schakel//Agenda//NL',
    'X-WR-CALNAME:Agenda Buurthuis De Schakel',
    ...event([
      'UID:koffie-inloop@deschakel.example',
      `DTSTART${at(0, '1000')}`,
      `DTEND${at(0, '1130')}`,
      'RRULE:FREQ=WEEKLY;BYDAY=MO,WE',
      'SUMMARY:Koffie-inloop',
      'DESCRIPTION:Binnenlopen voor koffie en een praatje. Iedereen is welkom\\, ook met kleine kinderen.',
      'LOCATION:Buurthuis De Schakel\\, Schakelplein 1',
    ]),
    ...event([
      'UID:huiswerkklas@deschakel.example',
      `DTSTART${at(1, '1530')}`,
      `DTEND${at(1, '1700')}`,
      'RRULE:FREQ=WEEKLY;BYDAY=TU,TH',
      'SUMMARY:Huiswerkklas',
      'DESCRIPTION:Vrijwilligers helpen kinderen van groep 6 tot de tweede klas met hun huiswerk.',
      'LOCATION:Buurthuis De Schakel\\, lokaal 2',
    ]),
    ...event([
      'UID:spelletjesmiddag@deschakel.example',
      `DTSTART${at(4, '1400')}`,
      `DTEND${at(4, '1630')}`,
      'RRULE:FREQ=WEEKLY;BYDAY=FR',
      `EXDATE${at(18, '1400')}`,
      'SUMMARY:Spelletjesmiddag 55+',
      'DESCRIPTION:Klaverjassen\\, rummikub en sjoelen. Thee en koffie staan klaar.',
      'LOCATION:Buurthuis De Schakel\\, grote zaal',
    ]),
    ...event([
      'UID:spelletjesmiddag@deschakel.example',
      `RECURRENCE-ID${at(11, '1400')}`,
      `DTSTART${at(11, '1300')}`,
      `DTEND${at(11, '1530')}`,
      'SUMMARY:Spelletjesmiddag 55+',
      'COMMENT:Een uur eerder\\, vanwege de buurtvergadering.',
    ]),
    ...event([
      'UID:buurtmaaltijd@deschakel.example',
      `DTSTART${at(3, '1730')}`,
      `DTEND${at(3, '1930')}`,
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
      'SUMMARY:Buurtmaaltijd',
      'DESCRIPTION:Samen koken en eten voor 4 euro. Aanmelden kan tot dinsdag bij de bar.',
      'LOCATION:Buurthuis De Schakel\\, keuken',
      'URL:https://deschakel.voorbeeld.example/buurtmaaltijd',
    ]),
    ...event([
      'UID:repaircafe-2@deschakel.example',
      `DTSTART${at(19, '1300')}`,
      `DTEND${at(19, '1600')}`,
      'SUMMARY:Repair Café',
      'DESCRIPTION:Neem kapotte spullen mee: vrijwilligers repareren ze samen met u.',
      'LOCATION:Buurthuis De Schakel\\, grote zaal',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Registers the demo feed and syncs the bundled agenda into the social map. */
export async function loadDemoFeed(db: Db, log: (line: string) => void = () => {}, now = new Date()) {
  const municipality = await findMunicipalityByCode(db, voorbeeld.code);
  if (!municipality) throw new Error(`load the core demo (${voorbeeld.code}) first`);
  const m = municipality.id;
  const fdb = feedDb(db);
  const org = await fdb
    .selectFrom('organisations')
    .select('id')
    .where('municipality_id', '=', m)
    .where('name', '=', 'Welzijn Voorbeeld')
    .executeTakeFirstOrThrow();
  const area = await fdb
    .selectFrom('areas')
    .select('id')
    .where('municipality_id', '=', m)
    .where('code', '=', 'BU99990202')
    .executeTakeFirstOrThrow();
  const ctx = { db, actor: systemActor(m, 'demo loader'), meta: {} };
  const id = await runWrite(ctx, async (wtx, audit) => {
    const feedId = await insertFeedRow(feedTx(wtx), m, {
      name: 'Agenda Buurthuis De Schakel',
      url: demoFeedUrl,
      ownerOrganisationId: org.id,
      ownerPersonId: null,
      createdBy: null,
      areaId: area.id,
      themes: ['ontmoeting'],
      targetGroups: [],
      publisherRole: 'organisation',
      intervalMinutes: 360,
      nextFetchAt: null,
      now,
    });
    audit({ action: 'social_map.feed.register', resourceType: 'social_map_feed', resourceId: feedId });
    return feedId;
  });
  const row = await findFeedRow(fdb, m, id);
  if (!row) throw new Error('demo feed missing');
  const report = await applyFeedResult(
    { db, actor: systemActor(m, `feed ${row.name}`), meta: {} },
    row,
    { status: 'ok', text: demoFeedIcs(now), etag: undefined, lastModified: undefined },
    now,
  );
  log(`1 calendar feed with ${report.created} activities`);
  return report;
}
