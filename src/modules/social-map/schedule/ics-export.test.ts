import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandSchedule } from './expand-schedule.ts';
import { type IcsEvent, toICalendar } from './ics-export.ts';
import { escapeText, foldLine, unescapeText } from './ics-text.ts';

const lastModified = new Date('2026-02-01T12:00:00Z');
const koffie: IcsEvent = {
  uid: 'activity-17@wijkwerk.example',
  summary: 'Koffie, thee; en een praatje',
  description: 'Elke dinsdag in het buurthuis.\nIedereen welkom!',
  location: 'Buurthuis De Linde, Lindenlaan 1',
  url: 'https://wijkwerk.example/activiteiten/17',
  lastModified,
  schedule: {
    start: '2026-03-03T10:00',
    durationMinutes: 90,
    rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229',
    exdates: ['2026-04-28T10:00'],
    overrides: [
      { recurrenceId: '2026-05-05T10:00', cancelled: true },
      {
        recurrenceId: '2026-05-12T10:00',
        start: '2026-05-13T14:00',
        durationMinutes: 60,
        note: 'Woensdagmiddag, want dinsdag is het buurthuis dicht',
      },
    ],
  },
};

const lines = (ics: string) => ics.split('\r\n').join('\n').replace(/\n /g, '').split('\n');

describe('toICalendar', () => {
  const ics = toICalendar({ name: 'Activiteiten in Centrum, Voorbeeld', events: [koffie] });
  const unfolded = lines(ics);

  it('writes a calendar with PRODID, VERSION, name and the Amsterdam VTIMEZONE', () => {
    expect(unfolded.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Wijkwerk//Sociale kaart//NL',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Activiteiten in Centrum\\, Voorbeeld',
      'X-WR-TIMEZONE:Europe/Amsterdam',
    ]);
    expect(unfolded).toContain('TZID:Europe/Amsterdam');
    expect(unfolded).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(unfolded).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('writes the series with a local DTSTART, UTC UNTIL, EXDATEs (cancelled ones too) and escaped text', () => {
    expect(unfolded).toContain('DTSTART;TZID=Europe/Amsterdam:20260303T100000');
    expect(unfolded).toContain('DURATION:PT1H30M');
    // UNTIL given as a date becomes the end of that day in Amsterdam, in UTC.
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;UNTIL=20261229T225959Z;BYDAY=TU');
    expect(unfolded).toContain('EXDATE;TZID=Europe/Amsterdam:20260428T100000,20260505T100000');
    expect(unfolded).toContain('SUMMARY:Koffie\\, thee\\; en een praatje');
    expect(unfolded).toContain('DESCRIPTION:Elke dinsdag in het buurthuis.\\nIedereen welkom!');
    expect(unfolded).toContain('DTSTAMP:20260201T120000Z');
  });

  it('writes a moved occurrence as its own VEVENT with RECURRENCE-ID', () => {
    const start = unfolded.lastIndexOf('BEGIN:VEVENT');
    const override = unfolded.slice(start, unfolded.indexOf('END:VEVENT', start) + 1);
    expect(override).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20260512T100000');
    expect(override).toContain('DTSTART;TZID=Europe/Amsterdam:20260513T140000');
    expect(override).toContain('DURATION:PT1H');
    expect(override).toContain('UID:activity-17@wijkwerk.example');
    expect(override).toContain('COMMENT:Woensdagmiddag\\, want dinsdag is het buurthuis dicht');
    expect(unfolded.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('uses CRLF and folds every line to at most 75 octets without splitting characters', () => {
    const long: IcsEvent = {
      ...koffie,
      uid: 'long',
      description: `Één keer per maand: ${'ë€😀 '.repeat(40)}`,
      schedule: { start: '2026-03-03T10:00', durationMinutes: 60 },
    };
    const out = toICalendar({ name: 'x', events: [long] });
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = out.split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    expect(out).not.toContain('\uFFFD');
    expect(lines(out)).toContain(`DESCRIPTION:${escapeText(long.description ?? '')}`);
  });

  it('writes all-day events as dates with DTEND', () => {
    const market: IcsEvent = {
      uid: 'markt',
      summary: 'Rommelmarkt',
      lastModified,
      schedule: {
        start: '2026-06-06',
        allDay: true,
        durationMinutes: 2880,
        rrule: 'FREQ=MONTHLY;BYDAY=1SA;UNTIL=20261231T230000Z',
        exdates: ['2026-08-01'],
      },
    };
    const out = lines(toICalendar({ name: 'x', events: [market] }));
    expect(out).toContain('DTSTART;VALUE=DATE:20260606');
    expect(out).toContain('DTEND;VALUE=DATE:20260608');
    expect(out).toContain('RRULE:FREQ=MONTHLY;UNTIL=20261231;BYDAY=1SA');
    expect(out).toContain('EXDATE;VALUE=DATE:20260801');
  });

  it('is read by an independent parser (ical.js) with the same instants across DST', () => {
    const component = new ICAL.Component(ICAL.parse(ics));
    const vtimezone = component.getFirstSubcomponent('vtimezone');
    expect(vtimezone).not.toBeNull();
    if (!vtimezone) return;
    const zone = new ICAL.Timezone(vtimezone);
    const vevents = component.getAllSubcomponents('vevent');
    const master = vevents.find((e) => !e.hasProperty('recurrence-id'));
    if (!master) throw new Error('no master');
    const start = master.getFirstPropertyValue('dtstart') as ICAL.Time;
    start.zone = zone;
    const iterator = new ICAL.Event(master).iterator(start);
    const theirs: string[] = [];
    for (let next = iterator.next(); next && theirs.length < 6; next = iterator.next()) {
      next.zone = zone;
      theirs.push(next.toJSDate().toISOString());
    }
    const ours = expandSchedule(
      { ...koffie.schedule, exdates: [], overrides: [] },
      new Date('2026-03-01Z'),
      new Date('2026-04-10Z'),
    )
      .slice(0, 6)
      .map((o) => o.start.toISOString());
    expect(theirs).toEqual(ours);
    expect(ours).toContain('2026-03-24T09:00:00.000Z');
    expect(ours).toContain('2026-03-31T08:00:00.000Z');
  });
});

describe('text escaping and folding', () => {
  it('escapes and unescapes TEXT values', () => {
    const value = 'a,b;c\\d\ne\r\nf';
    expect(escapeText(value)).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    expect(unescapeText(escapeText(value))).toBe('a,b;c\\d\ne\nf');
    expect(unescapeText('x\\Ny')).toBe('x\ny');
  });

  it('leaves short lines alone and folds long ones', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort');
    const folded = foldLine(`DESCRIPTION:${'a'.repeat(200)}`);
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 64]);
  });
});
