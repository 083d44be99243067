import { describe, expect, it } from 'vitest';
import { expandSchedule } from './expand-schedule.ts';
import { type IcsEvent, toICalendar } from './ics-export.ts';
import { IcsParseError, parseICalendar } from './ics-import.ts';

const ics = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
const year = [new Date('2026-01-01T00:00Z'), new Date('2028-01-01T00:00Z')] as const;

const comparable = (list: ReturnType<typeof expandSchedule>) =>
  list.map((o) => ({
    start: o.start.toISOString(),
    end: o.end.toISOString(),
    localStart: o.localStart,
    recurrenceId: o.recurrenceId,
    note: o.note,
  }));

describe('parseICalendar: export → import round trip', () => {
  const lastModified = new Date('2026-02-01T12:00:00Z');
  const events: IcsEvent[] = [
    {
      uid: 'koffie',
      summary: 'Koffie, thee; en een praatje',
      description: 'Regel 1\nRegel 2 — met één accent',
      location: 'Buurthuis',
      url: 'https://wijkwerk.example/a/1',
      lastModified,
      schedule: {
        start: '2026-03-03T10:00',
        durationMinutes: 90,
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T080000Z',
        exdates: ['2026-04-28T10:00'],
        overrides: [
          { recurrenceId: '2026-05-05T10:00', cancelled: true },
          {
            recurrenceId: '2026-05-12T10:00',
            start: '2026-05-13T14:00',
            durationMinutes: 60,
            note: 'Woensdag',
          },
          { recurrenceId: '2026-10-27T10:00', note: 'Na de wintertijd' },
        ],
      },
    },
    {
      uid: 'nacht',
      summary: 'Nachtwandeling',
      lastModified,
      schedule: { start: '2026-03-22T02:30', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=40' },
    },
    {
      uid: 'markt',
      summary: 'Markt',
      lastModified,
      schedule: {
        start: '2026-06-06',
        allDay: true,
        durationMinutes: 2880,
        rrule: 'FREQ=MONTHLY;BYDAY=1SA',
        exdates: ['2026-08-01'],
      },
    },
    {
      uid: 'eenmalig',
      summary: 'Opening',
      lastModified,
      schedule: { start: '2026-09-01T16:00', durationMinutes: 120 },
    },
  ];

  it('gives the same occurrences, text and modification time', () => {
    const result = parseICalendar(toICalendar({ name: 'Test', events }));
    expect(result.warnings).toEqual([]);
    expect(result.events.map((e) => e.uid)).toEqual(['koffie', 'nacht', 'markt', 'eenmalig']);
    for (const original of events) {
      const imported = result.events.find((e) => e.uid === original.uid);
      expect(imported).toBeDefined();
      if (!imported) continue;
      expect(comparable(expandSchedule(imported.schedule, ...year))).toEqual(
        comparable(expandSchedule(original.schedule, ...year)),
      );
      expect(imported.summary).toBe(original.summary);
      expect(imported.description).toBe(original.description);
      expect(imported.lastModified?.toISOString()).toBe(lastModified.toISOString());
    }
    expect(
      expandSchedule(events[0]?.schedule ?? { start: '', durationMinutes: 0 }, ...year).length,
    ).toBeGreaterThan(40);
  });
});

describe('parseICalendar: time zones', () => {
  it('converts UTC and other IANA zones to Amsterdam wall-clock time', () => {
    const { events, warnings } = parseICalendar(
      ics(
        ...vevent('UID:utc', 'DTSTART:20260701T080000Z', 'DTEND:20260701T093000Z', 'SUMMARY:UTC'),
        ...vevent('UID:ny', 'DTSTART;TZID=America/New_York:20260701T090000', 'DURATION:PT1H', 'SUMMARY:NY'),
        ...vevent(
          'UID:mozilla',
          'DTSTART;TZID=/mozilla.org/20050126_1/Europe/Amsterdam:20260329T023000',
          'SUMMARY:gap kept as written',
        ),
        ...vevent('UID:floating', 'DTSTART:20260701T190000', 'SUMMARY:Floating'),
      ),
    );
    expect(warnings).toEqual([]);
    expect(events.map((e) => [e.uid, e.schedule.start, e.schedule.durationMinutes])).toEqual([
      ['utc', '2026-07-01T10:00', 90],
      ['ny', '2026-07-01T15:00', 60],
      ['mozilla', '2026-03-29T02:30', 0],
      ['floating', '2026-07-01T19:00', 0],
    ]);
  });

  it('reads a non-IANA TZID from the feed’s VTIMEZONE (Outlook style)', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:Mijn Zone',
      'BEGIN:STANDARD',
      'DTSTART:16010101T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010101T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const fixed = [
      'BEGIN:VTIMEZONE',
      'TZID:Plus Vijf',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0500',
      'TZOFFSETTO:+0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const { events, warnings } = parseICalendar(
      ics(
        ...vtimezone,
        ...fixed,
        ...vevent(
          'UID:a',
          'DTSTART;TZID="Mijn Zone":20260303T100000',
          'DTEND;TZID="Mijn Zone":20260303T113000',
          'RRULE:FREQ=WEEKLY',
          'SUMMARY:a',
        ),
        ...vevent('UID:b', 'DTSTART;TZID=Plus Vijf:20260701T150000', 'SUMMARY:b'),
        ...vevent('UID:c', 'DTSTART;TZID=W. Europe Standard Time:20260701T150000', 'SUMMARY:c'),
      ),
    );
    expect(warnings).toEqual([]);
    expect(events.map((e) => [e.uid, e.schedule.start, e.schedule.durationMinutes])).toEqual([
      ['a', '2026-03-03T10:00', 90],
      ['b', '2026-07-01T12:00', 0],
      ['c', '2026-07-01T15:00', 0],
    ]);
    const list = expandSchedule(
      events[0]?.schedule ?? { start: '', durationMinutes: 0 },
      new Date('2026-03-24Z'),
      new Date('2026-04-01Z'),
    );
    expect(list.map((o) => o.localStart)).toEqual(['2026-03-24T10:00', '2026-03-31T10:00']);
  });

  it('warns when a recurring event repeats in a zone with other DST dates', () => {
    const { events, warnings } = parseICalendar(
      ics(
        ...vevent(
          'UID:ny',
          'DTSTART;TZID=America/New_York:20260303T090000',
          'RRULE:FREQ=WEEKLY',
          'SUMMARY:NY',
        ),
      ),
    );
    expect(events[0]?.schedule.start).toBe('2026-03-03T15:00');
    expect(warnings).toEqual([expect.stringContaining('event "ny": repeats in America/New_York')]);
  });

  it('warns about unknown zones and reads them as Amsterdam', () => {
    const { events, warnings } = parseICalendar(
      ics(...vevent('UID:x', 'DTSTART;TZID=Nergens:20260303T090000', 'SUMMARY:x')),
    );
    expect(events[0]?.schedule.start).toBe('2026-03-03T09:00');
    expect(warnings).toEqual([expect.stringContaining('unknown time zone "Nergens"')]);
  });
});

describe('parseICalendar: events', () => {
  it('reads all-day events, EXDATE lists, escaped and folded text, URL and status', () => {
    const { events, warnings } = parseICalendar(
      ics(
        ...vevent(
          'UID:markt',
          'DTSTART;VALUE=DATE:20260606',
          'RRULE:FREQ=MONTHLY;BYDAY=1SA;COUNT=6',
          'EXDATE;VALUE=DATE:20260704,20260801',
          'SUMMARY:Markt\\, groot',
          'DESCRIPTION:Een hele lange beschrijving die over meer dan vijfenzeventig octets ',
          ' gaat en dus gevouwen is\\nmet een nieuwe regel',
          'URL:https://example.org/markt?a=1&b=2',
          'STATUS:TENTATIVE',
          'LAST-MODIFIED:20260101T101010Z',
        ),
      ),
    );
    expect(warnings).toEqual([]);
    expect(events[0]).toEqual({
      uid: 'markt',
      summary: 'Markt, groot',
      description:
        'Een hele lange beschrijving die over meer dan vijfenzeventig octets gaat en dus gevouwen is\nmet een nieuwe regel',
      location: undefined,
      url: 'https://example.org/markt?a=1&b=2',
      status: 'tentative',
      lastModified: new Date('2026-01-01T10:10:10Z'),
      schedule: {
        start: '2026-06-06',
        allDay: true,
        durationMinutes: 1440,
        rrule: 'FREQ=MONTHLY;COUNT=6;BYDAY=1SA',
        exdates: ['2026-07-04', '2026-08-01'],
      },
    });
  });

  it('turns RECURRENCE-ID events into overrides of their series', () => {
    const { events, warnings } = parseICalendar(
      ics(
        ...vevent(
          'UID:s',
          'DTSTART;TZID=Europe/Amsterdam:20260303T100000',
          'DURATION:PT1H',
          'RRULE:FREQ=WEEKLY',
          'SUMMARY:Series',
        ),
        ...vevent(
          'UID:s',
          'RECURRENCE-ID;TZID=Europe/Amsterdam:20260310T100000',
          'DTSTART;TZID=Europe/Amsterdam:20260311T100000',
          'DURATION:PT1H',
          'SUMMARY:Series',
        ),
        ...vevent(
          'UID:s',
          'RECURRENCE-ID:20260317T090000Z',
          'DTSTART:20260317T090000Z',
          'DURATION:PT1H',
          'STATUS:CANCELLED',
        ),
        ...vevent(
          'UID:s',
          'RECURRENCE-ID;TZID=Europe/Amsterdam:20260318T100000',
          'DTSTART;TZID=Europe/Amsterdam:20260318T100000',
          'SUMMARY:not in series',
        ),
        ...vevent(
          'UID:lost',
          'RECURRENCE-ID;TZID=Europe/Amsterdam:20260318T100000',
          'DTSTART;TZID=Europe/Amsterdam:20260318T120000',
          'SUMMARY:Orphan',
        ),
      ),
    );
    expect(events.map((e) => e.uid)).toEqual(['s', 'lost/20260318T100000']);
    expect(events[0]?.schedule.overrides).toEqual([
      { recurrenceId: '2026-03-10T10:00', start: '2026-03-11T10:00' },
      { recurrenceId: '2026-03-17T10:00', cancelled: true },
    ]);
    expect(events[1]?.schedule).toEqual({ start: '2026-03-18T12:00', durationMinutes: 0 });
    expect(warnings).toEqual([
      'event "s": RECURRENCE-ID 2026-03-18T10:00 is not an occurrence of the series: left out',
      'event "lost": changed occurrence 20260318T100000 without its series: read as an event of its own',
    ]);
  });

  it('leaves out events without UID or DTSTART, or with an unusable rule, and keeps the rest', () => {
    const { events, warnings } = parseICalendar(
      ics(
        ...vevent('DTSTART:20260301T100000Z', 'SUMMARY:no uid'),
        ...vevent('UID:no-start', 'SUMMARY:no start'),
        ...vevent('UID:bad-rule', 'DTSTART:20260301T100000Z', 'RRULE:FREQ=HOURLY'),
        ...vevent('UID:bad-date', 'DTSTART:20260231T100000Z'),
        ...vevent('UID:ok', 'DTSTART:20260301T100000Z', 'SUMMARY:fine'),
        'BEGIN:VTODO',
        'UID:todo',
        'END:VTODO',
      ),
    );
    expect(events.map((e) => e.uid)).toEqual(['ok']);
    expect(warnings).toEqual([
      expect.stringMatching(/^event without UID near line \d+: left out$/),
      'event "no-start": no DTSTART: left out',
      'event "bad-rule": RRULE cannot be used (FREQ=HOURLY is not supported): left out',
      'event "bad-date": DTSTART "20260231T100000Z" is not a date or date-time: left out',
    ]);
  });

  it('reads at most maxEvents events', () => {
    const many = Array.from({ length: 5 }, (_, i) => vevent(`UID:e${i}`, 'DTSTART:20260301T100000Z')).flat();
    const { events, warnings } = parseICalendar(ics(...many), { maxEvents: 3 });
    expect(events).toHaveLength(3);
    expect(warnings).toEqual(['the feed has more than 3 events; only the first 3 were read']);
  });
});

describe('parseICalendar: malformed documents', () => {
  const fails = (text: string, message: RegExp) => {
    expect(() => parseICalendar(text)).toThrow(IcsParseError);
    expect(() => parseICalendar(text)).toThrow(message);
  };

  it('refuses what is not iCalendar', () => {
    fails('<!doctype html><html><body>Not found</body></html>', /does not start with BEGIN:VCALENDAR/);
    fails('', /does not start with BEGIN:VCALENDAR/);
    fails('BEGIN:VCARD\r\nEND:VCARD\r\n', /does not start with BEGIN:VCALENDAR/);
  });

  it('refuses broken structure and lines', () => {
    fails(ics('this line has no colon'), /broken line "this line has no colon" \(line 4\)/);
    fails('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n', /VEVENT is not closed/);
    fails(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n',
      /END:VTODO does not close VEVENT/,
    );
    fails(ics('X-BAD;PARAM="unclosed:value'), /unclosed quote/);
    fails(ics('SUMMARY;PARAM=value'), /line without ":"/);
    fails(`${ics()}BEGIN:VEVENT\r\nEND:VEVENT\r\n`, /VEVENT outside VCALENDAR/);
  });

  it('accepts a BOM, bare LF line ends and quoted parameters with colons', () => {
    const text = `\uFEFF${ics(...vevent('UID:x', 'DTSTART;X-NOTE="a:b;c":20260301T100000Z', 'SUMMARY:ok')).replace(/\r\n/g, '\n')}`;
    expect(parseICalendar(text).events.map((e) => e.schedule.start)).toEqual(['2026-03-01T11:00']);
  });
});
