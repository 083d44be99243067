import { describe, expect, it } from 'vitest';
import { expandSchedule } from '../../../modules/social-map/schedule/expand-schedule.ts';
import {
  assetInputFromForm,
  fieldsFromSchedule,
  formFieldOf,
  formValuesFromContent,
  normaliseDate,
  scheduleFromFields,
} from './asset-form.ts';

const noSchedule = { date: '', startTime: '', endTime: '', repeat: 'none', until: '', exceptions: '' };

describe('schedule from plain fields', () => {
  it('no date and no repetition: no schedule, no error', () => {
    expect(scheduleFromFields(noSchedule)).toEqual({ schedule: null, errors: [] });
  });

  it('once: a start and a duration', () => {
    const r = scheduleFromFields({ ...noSchedule, date: '28-03-2026', startTime: '9.30', endTime: '11:00' });
    expect(r).toEqual({ schedule: { start: '2026-03-28T09:30', durationMinutes: 90 }, errors: [] });
  });

  it('weekly on the weekday of the first date, until a date, with exceptions', () => {
    const r = scheduleFromFields({
      date: '2026-03-03', // a Tuesday
      startTime: '10:00',
      endTime: '12:00',
      repeat: 'weekly',
      until: '2026-06-30',
      exceptions: '2026-04-28\n2026-05-05',
    });
    expect(r.errors).toEqual([]);
    expect(r.schedule).toEqual({
      start: '2026-03-03T10:00',
      durationMinutes: 120,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T100000',
      exdates: ['2026-04-28T10:00', '2026-05-05T10:00'],
    });
  });

  it('every two weeks and monthly on the nth weekday (the 5th is the last)', () => {
    const biweekly = scheduleFromFields({
      ...noSchedule,
      date: '2026-03-04',
      startTime: '19:00',
      endTime: '21:00',
      repeat: 'biweekly',
    });
    expect(biweekly.schedule?.rrule).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE');
    const second = scheduleFromFields({
      ...noSchedule,
      date: '2026-03-10',
      startTime: '14:00',
      endTime: '15:00',
      repeat: 'monthly',
    });
    expect(second.schedule?.rrule).toBe('FREQ=MONTHLY;BYDAY=2TU');
    const last = scheduleFromFields({
      ...noSchedule,
      date: '2026-03-31',
      startTime: '14:00',
      endTime: '15:00',
      repeat: 'monthly',
    });
    expect(last.schedule?.rrule).toBe('FREQ=MONTHLY;BYDAY=-1TU');
  });

  it('keeps the wall-clock time across the change to summer time', () => {
    const r = scheduleFromFields({
      ...noSchedule,
      date: '2026-03-24',
      startTime: '10:00',
      endTime: '11:00',
      repeat: 'weekly',
    });
    if (!r.schedule) throw new Error('no schedule');
    const starts = expandSchedule(
      r.schedule,
      new Date('2026-03-20T00:00:00Z'),
      new Date('2026-04-05T00:00:00Z'),
    ).map((o) => o.start.toISOString());
    // 10:00 in Amsterdam: 09:00 UTC in winter, 08:00 UTC in summer (from 29 March).
    expect(starts).toEqual(['2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z']);
  });

  it('says what makes no sense, by field', () => {
    const fields = (r: ReturnType<typeof scheduleFromFields>) => r.errors.map((e) => `${e.field}:${e.key}`);
    expect(fields(scheduleFromFields({ ...noSchedule, repeat: 'weekly' }))).toEqual([
      'scheduleDate:validation.required',
      'scheduleStartTime:validation.required',
      'scheduleEndTime:validation.required',
    ]);
    expect(
      fields(scheduleFromFields({ ...noSchedule, date: '2026-02-30', startTime: '25:00', endTime: '10:00' })),
    ).toEqual(['scheduleDate:validation.localDate', 'scheduleStartTime:sm.contribute.error.time']);
    expect(
      fields(scheduleFromFields({ ...noSchedule, date: '2026-03-03', startTime: '12:00', endTime: '10:00' })),
    ).toEqual(['scheduleEndTime:sm.contribute.error.endBeforeStart']);
    expect(
      fields(
        scheduleFromFields({
          ...noSchedule,
          date: '2026-03-03',
          startTime: '10:00',
          endTime: '11:00',
          repeat: 'weekly',
          until: '2026-01-01',
        }),
      ),
    ).toEqual(['scheduleUntil:sm.contribute.error.untilBeforeStart']);
    expect(
      fields(
        scheduleFromFields({
          ...noSchedule,
          date: '2026-03-03',
          startTime: '10:00',
          endTime: '11:00',
          repeat: 'hourly',
        }),
      ),
    ).toEqual(['scheduleRepeat:validation.choice']);
    expect(
      fields(
        scheduleFromFields({
          ...noSchedule,
          date: '2026-03-03',
          startTime: '10:00',
          endTime: '11:00',
          exceptions: '2026-03-10',
        }),
      ),
    ).toEqual(['scheduleExceptions:sm.contribute.error.exceptionsWithoutRepeat']);
    // A Wednesday in a Tuesday series.
    expect(
      fields(
        scheduleFromFields({
          ...noSchedule,
          date: '2026-03-03',
          startTime: '10:00',
          endTime: '11:00',
          repeat: 'weekly',
          exceptions: '2026-03-11',
        }),
      ),
    ).toEqual(['scheduleExceptions:sm.contribute.error.exceptionNotInSeries']);
  });

  it('reads back what it wrote, and declines what it cannot show', () => {
    const fields = {
      date: '2026-03-10',
      startTime: '14:00',
      endTime: '15:30',
      repeat: 'monthly',
      until: '2026-12-31',
      exceptions: '2026-07-14',
    };
    const { schedule } = scheduleFromFields(fields);
    if (!schedule) throw new Error('no schedule');
    expect(fieldsFromSchedule(schedule)).toEqual(fields);
    expect(
      fieldsFromSchedule({ start: '2026-03-10T14:00', durationMinutes: 60, rrule: 'FREQ=DAILY' }),
    ).toBeNull();
  });
});

describe('the asset form and the services', () => {
  it('turns plain fields into the input of the service', () => {
    const { input, errors, contactFields } = assetInputFromForm({
      kind: 'activity',
      title: ' Koffieochtend ',
      summary: 'Koffie en een praatje',
      formality: 'informal',
      locationType: 'address',
      street: 'Dorpsstraat 1',
      postalCode: '1234ab',
      city: 'Voorbeeld',
      point: '52.1, 5.1',
      areaCode: 'BU99990101',
      costFree: 'no',
      costText: '€ 1',
      contactPhone: '0612345678',
      contactWebsite: 'https://koffie.example',
      themes: ['ontmoeting'],
      targetGroups: ['ouderen'],
      languages: ['nl'],
      accessibility: ['wheelchair'],
      validUntil: '31-12-2026',
    });
    expect(errors).toEqual([]);
    expect(input).toMatchObject({
      kind: 'activity',
      title: 'Koffieochtend',
      address: { street: 'Dorpsstraat 1', postalCode: '1234ab', city: 'Voorbeeld' },
      point: { lat: 52.1, lon: 5.1 },
      areaCode: 'BU99990101',
      costFree: false,
      costText: '€ 1',
      contact: [
        { type: 'phone', value: '0612345678' },
        { type: 'website', value: 'https://koffie.example' },
      ],
      validUntil: '2026-12-31',
      schedules: [],
    });
    expect(contactFields).toEqual(['contactPhone', 'contactWebsite']);
  });

  it('asks for the address parts and the buurt when the location needs them', () => {
    expect(
      assetInputFromForm({ kind: 'place', title: 'x', locationType: 'address' }).errors.map((e) => e.field),
    ).toEqual(['street', 'postalCode', 'city']);
    expect(
      assetInputFromForm({ kind: 'place', title: 'x', locationType: 'area' }).errors.map((e) => e.field),
    ).toEqual(['areaCode']);
    expect(
      assetInputFromForm({ kind: 'place', title: 'x', locationType: 'area', areaCode: 'B', point: 'hier' })
        .errors,
    ).toEqual([{ field: 'point', key: 'sm.contribute.error.point' }]);
  });

  it('maps the services’ error paths to form fields', () => {
    expect(formFieldOf('address.postalCode', [])).toBe('postalCode');
    expect(formFieldOf('address', [])).toBe('street');
    expect(formFieldOf('themes.3', [])).toBe('themes');
    expect(formFieldOf('contact.1.value', ['contactPhone', 'contactWebsite'])).toBe('contactWebsite');
    expect(formFieldOf('schedules.0.durationMinutes', [])).toBe('scheduleEndTime');
    expect(formFieldOf('title', [])).toBe('title');
  });

  it('accepts Dutch and ISO dates, nothing else', () => {
    expect(normaliseDate('1-2-2026')).toBe('2026-02-01');
    expect(normaliseDate('2026-02-01')).toBe('2026-02-01');
    expect(normaliseDate('31-02-2026')).toBeNull();
    expect(normaliseDate('morgen')).toBeNull();
  });

  it('fills the form from an item (for editing) and back to the same content', () => {
    const values = formValuesFromContent(
      {
        kind: 'activity',
        formality: 'informal',
        title: 'Wandelgroep',
        summary: 's',
        description: 'd',
        areaId: 'a',
        ownerOrganisationId: null,
        themes: ['sport-en-bewegen'],
        targetGroups: [],
        abcdCategories: [],
        locationType: 'none',
        address: null,
        point: null,
        onlineUrl: null,
        schedules: [{ start: '2026-03-03T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TU' }],
        scheduleNote: null,
        costFree: true,
        costText: null,
        languages: [],
        accessibility: [],
        contact: [{ type: 'email', value: 'wandel@example.org' }],
        photoUrl: null,
        photoAlt: null,
        validFrom: null,
        validUntil: null,
        links: [],
      },
      'BU99990101',
    );
    expect(values).toMatchObject({
      scheduleRepeat: 'weekly',
      scheduleDate: '2026-03-03',
      contactEmail: 'wandel@example.org',
    });
    const { input } = assetInputFromForm(values);
    expect(input.schedules).toEqual([
      { start: '2026-03-03T10:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=TU' },
    ]);
  });
});
