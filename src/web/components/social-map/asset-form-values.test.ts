import { describe, expect, it } from 'vitest';
import { emptyContent } from '../../../modules/social-map/asset-content.ts';
import {
  emptyFormState,
  formatOverride,
  formFieldOf,
  inputFromState,
  parseOverride,
  stateFromContent,
  stateFromForm,
} from './asset-form-values.ts';

describe('one-off changes of a schedule', () => {
  it('reads a move, a new duration, a note and a cancellation', () => {
    expect(parseOverride('2026-03-10T10:00 -> 2026-03-11T14:00 +90 ; verplaatst')).toEqual({
      recurrenceId: '2026-03-10T10:00',
      start: '2026-03-11T14:00',
      durationMinutes: 90,
      note: 'verplaatst',
    });
    expect(parseOverride('2026-03-17T10:00 -> ; Koningsdag')).toEqual({
      recurrenceId: '2026-03-17T10:00',
      cancelled: true,
      note: 'Koningsdag',
    });
    expect(parseOverride('2026-03-17T10:00 ->')).toEqual({
      recurrenceId: '2026-03-17T10:00',
      cancelled: true,
    });
  });

  it('writes what it reads', () => {
    for (const o of [
      { recurrenceId: '2026-03-10T10:00', start: '2026-03-11T14:00', durationMinutes: 90, note: 'x' },
      { recurrenceId: '2026-03-10T10:00', cancelled: true },
      { recurrenceId: '2026-03-10T10:00', durationMinutes: 30 },
    ]) {
      expect(parseOverride(formatOverride(o))).toEqual(o);
    }
  });

  it('passes a line it cannot read on as it is, so the service names it', () => {
    expect(parseOverride('volgende week').recurrenceId).toBe('volgende week');
  });
});

describe('the asset form', () => {
  it('turns a stored item into the form and back without changes', () => {
    const c = {
      ...emptyContent('activity', 'area-1'),
      title: 'Koffie',
      costFree: false,
      costText: '€ 1',
      point: { lat: 52.09, lon: 5.12 },
      languages: ['nl', 'en'],
      schedules: [
        {
          start: '2026-03-03T10:00',
          durationMinutes: 120,
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          exdates: ['2026-03-10T10:00'],
          overrides: [{ recurrenceId: '2026-03-17T10:00', start: '2026-03-18T10:00' }],
        },
      ],
      contact: [{ type: 'email' as const, value: 'a@b.nl' }],
    };
    const input = inputFromState(
      stateFromContent(c, { areaCode: 'BU1', expectedRevisionId: null, withOrganisation: false }),
    );
    expect(input).toMatchObject({
      title: 'Koffie',
      costText: '€ 1',
      point: { lat: 52.09, lon: 5.12 },
      languages: ['nl', 'en'],
      schedules: c.schedules,
      contact: c.contact,
      areaCode: 'BU1',
    });
    expect(input).not.toHaveProperty('organisationId');
  });

  it('reads posted rows, skipping empty ones, and keeps unreadable numbers for the service', () => {
    const f = new FormData();
    f.set('title', 'T');
    f.set('point.lat', '52,1');
    f.set('point.lon', 'oost');
    f.set('schedules.0.start', '');
    f.set('schedules.1.start', '2026-01-01T09:00');
    f.set('schedules.1.durationMinutes', '60');
    f.set('contact.0.type', 'phone');
    f.set('contact.0.value', '');
    f.set('contact.1.type', 'phone');
    f.set('contact.1.value', '030 123');
    f.set('organisationId', '');
    const st = stateFromForm(f);
    expect(st.schedules).toHaveLength(1);
    expect(st.contact).toEqual([{ type: 'phone', value: '030 123' }]);
    const input = inputFromState(st);
    expect(input.point).toEqual({ lat: 52.1, lon: 'oost' });
    expect(input.organisationId).toBeNull();
    expect(inputFromState(emptyFormState()).point).toBeNull();
  });

  it('points service errors at a form control', () => {
    expect(formFieldOf('themes.2')).toBe('themes');
    expect(formFieldOf('schedules.1.overrides.0.recurrenceId')).toBe('schedules.1.changes');
    expect(formFieldOf('schedules.0.exdates.3')).toBe('schedules.0.exdates');
    expect(formFieldOf('links.0')).toBe('links.0.assetId');
    expect(formFieldOf('address')).toBe('address.street');
    expect(formFieldOf('title')).toBe('title');
  });
});
