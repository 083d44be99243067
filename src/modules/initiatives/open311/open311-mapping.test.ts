import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  endOfDayAmsterdam,
  open311ListItems,
  parseW3Datetime,
  splitFormat,
  toXml,
  w3Amsterdam,
} from './open311-format.ts';
import {
  checkAttributes,
  open311Status,
  readRequestQuery,
  readSubmission,
  titleFrom,
} from './open311-mapping.ts';

// The pure parts of the Open311 koppeling: formats, dates with the Amsterdam offset, status
// mapping, reading filters and POSTed forms.

describe('formats', () => {
  it('splits the extension off a resource', () => {
    expect(splitFormat('services.json')).toEqual({ name: 'services', format: 'json' });
    expect(splitFormat('M-2026-000001.XML')).toEqual({ name: 'M-2026-000001', format: 'xml' });
    expect(splitFormat('services.csv')).toBeNull();
    expect(splitFormat('services')).toBeNull();
  });

  it('writes lists with the spec element names, escapes text and writes null as empty', () => {
    const text = toXml(
      'service_requests',
      [{ service_request_id: 'M-1', description: 'Tom & Jerry <3', lat: null, ok: true }],
      open311ListItems,
    );
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(text).toContain('Tom &amp; Jerry &lt;3');
    const doc = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'request' }).parse(text);
    expect(doc.service_requests.request).toEqual([
      { service_request_id: 'M-1', description: 'Tom & Jerry <3', lat: '', ok: 'true' },
    ]);
  });

  it('an empty list is an empty root element', () => {
    expect(toXml('services', [], open311ListItems)).toContain('<services></services>');
  });
});

describe('dates', () => {
  it('writes instants with the Amsterdam offset, winter and summer', () => {
    expect(w3Amsterdam(new Date('2026-01-15T10:00:00Z'))).toBe('2026-01-15T11:00:00+01:00');
    expect(w3Amsterdam(new Date('2026-07-15T10:00:00Z'))).toBe('2026-07-15T12:00:00+02:00');
  });

  it('a deadline is the end of that day in Amsterdam, also on the days the clocks change', () => {
    expect(endOfDayAmsterdam('2026-12-10')).toBe('2026-12-10T23:59:59+01:00');
    expect(endOfDayAmsterdam('2026-06-10')).toBe('2026-06-10T23:59:59+02:00');
    expect(endOfDayAmsterdam('2026-03-29')).toBe('2026-03-29T23:59:59+02:00');
    expect(endOfDayAmsterdam('2026-10-25')).toBe('2026-10-25T23:59:59+01:00');
  });

  it('reads w3 datetimes; a time without a zone is Amsterdam time', () => {
    expect(parseW3Datetime('2026-01-01T00:00:00Z')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(parseW3Datetime('2026-07-01T12:00:00+02:00')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(parseW3Datetime('2026-07-01T12:00:00')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(parseW3Datetime('2026-01-01')?.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    for (const bad of ['gisteren', '2026-13-01T00:00:00Z', '2026-02-31', '2026-01-01T25:00:00Z'])
      expect(parseW3Datetime(bad), bad).toBeNull();
  });
});

describe('status', () => {
  it('is closed once nothing more will be done', () => {
    expect(open311Status('received', null)).toBe('open');
    expect(open311Status('awaiting_resident', null)).toBe('open');
    expect(open311Status('reopened', null)).toBe('open');
    expect(open311Status('decided', 'granted')).toBe('open');
    expect(open311Status('in_execution', 'granted')).toBe('open');
    expect(open311Status('decided', 'rejected')).toBe('closed');
    expect(open311Status('decided', 'referred')).toBe('closed');
    expect(open311Status('done', 'granted')).toBe('closed');
    expect(open311Status('cancelled', null)).toBe('closed');
  });
});

describe('GET requests filters', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  it('defaults to the last 90 days', () => {
    const r = readRequestQuery({}, now);
    expect(r.ok && r.query.to.toISOString()).toBe(now.toISOString());
    expect(r.ok && r.query.from.toISOString()).toBe('2026-09-07T12:00:00.000Z');
  });
  it('reads comma lists and statuses', () => {
    const r = readRequestQuery(
      { service_request_id: 'M-1, M-2', service_code: 'a,b', status: 'open,closed' },
      now,
    );
    expect(r.ok && r.query).toMatchObject({
      references: ['M-1', 'M-2'],
      serviceCodes: ['a', 'b'],
      statuses: ['open', 'closed'],
    });
  });
  it('rejects unknown statuses, bad dates and spans over 90 days', () => {
    expect(readRequestQuery({ status: 'pending' }, now).ok).toBe(false);
    expect(readRequestQuery({ start_date: 'x' }, now).ok).toBe(false);
    expect(
      readRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-04-02T00:00:00Z' }, now).ok,
    ).toBe(false);
    expect(
      readRequestQuery({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-03-31T00:00:00Z' }, now).ok,
    ).toBe(true);
  });
});

describe('POST requests form', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields);
  it('reads the location, contact and attributes (lists with [])', () => {
    const p = form({
      service_code: 'x',
      lat: '52.1',
      long: '5.6',
      description: ' Hallo daar ',
      email: 'a@b.nl',
    });
    p.append('attribute[kleur][]', 'rood');
    p.append('attribute[kleur][]', 'blauw');
    p.append('attribute[maat]', '3');
    const r = readSubmission(p);
    expect(r.ok && r.submission).toMatchObject({
      serviceCode: 'x',
      lat: 52.1,
      lon: 5.6,
      description: 'Hallo daar',
      email: 'a@b.nl',
      attributes: { kleur: ['rood', 'blauw'], maat: ['3'] },
    });
  });
  it('needs a service code and a location', () => {
    const r = readSubmission(form({ description: 'x' }));
    expect(!r.ok && r.problems.map((p) => p.key)).toEqual([
      'initiatives.open311.error.serviceCodeMissing',
      'initiatives.open311.error.locationMissing',
    ]);
    expect(readSubmission(form({ service_code: 'x', address_string: 'Markt 1' })).ok).toBe(true);
    expect(readSubmission(form({ service_code: 'x', lat: '52' })).ok).toBe(false);
  });
  it('checks attributes against the definition', () => {
    const def = [
      {
        code: 'a',
        datatype: 'singlevaluelist' as const,
        required: true,
        description: '',
        values: [{ key: 'k', name: 'K' }],
      },
      { code: 'n', datatype: 'number' as const, required: false, description: '' },
    ];
    expect(checkAttributes(def, { a: ['k'], n: ['2.5'], other: ['x'] })).toEqual({
      ok: true,
      values: { a: 'k', n: 2.5 },
    });
    expect(checkAttributes(def, {}).ok).toBe(false);
    expect(checkAttributes(def, { a: ['z'] }).ok).toBe(false);
    expect(checkAttributes(def, { a: ['k'], n: ['veel'] }).ok).toBe(false);
  });
  it('makes a title from the first line', () => {
    expect(titleFrom('Losse tegel\nbij de bakker', 'Stoep')).toBe('Losse tegel');
    expect(titleFrom('', 'Stoep')).toBe('Stoep');
    expect(titleFrom('x'.repeat(100), 'Stoep')).toHaveLength(78);
  });
});
