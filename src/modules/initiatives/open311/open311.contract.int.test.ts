import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { type CategoryAttribute, initiativesDb } from '../initiatives.tables.ts';
import { createInitiativesFixture, type InitiativesFixture } from '../testing.ts';

// The Open311 GeoReport v2 contract, written from the spec's tables (wiki.open311.org/GeoReport_v2):
// every field of every response with its type, in JSON and in XML (parsed back here), the
// filters of GET requests, and the error documents with their HTTP codes (400, 403, 404).

let t: TestApp;
let fx: InitiativesFixture;
let writeKey: string;
let readOnlyKey: string;
let departmentKey: string;
let residentKey: string;

const base = '/open311/v2';
const w3 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const inMarktkwartier = { lat: '52.056123', long: '5.638456' };
const inMolenveld = { lat: '52.078', long: '5.616' };

const attributes: CategoryAttribute[] = [
  {
    code: 'ernst',
    datatype: 'singlevaluelist',
    required: true,
    description: 'Hoe gevaarlijk is het?',
    descriptionEn: 'How dangerous is it?',
    values: [
      { key: 'struikel', name: 'Je kunt erover struikelen' },
      { key: 'los', name: 'De tegel ligt los' },
    ],
  },
  { code: 'aantal', datatype: 'number', required: false, description: 'Hoeveel tegels?' },
  {
    code: 'plek',
    datatype: 'multivaluelist',
    required: false,
    description: 'Waar precies?',
    values: [
      { key: 'stoep', name: 'Stoep' },
      { key: 'fietspad', name: 'Fietspad' },
    ],
  },
  { code: 'gezien', datatype: 'datetime', required: false, description: 'Wanneer gezien?' },
];

const xml = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: false,
  isArray: (name) =>
    ['service', 'attribute', 'value', 'request', 'error', 'endpoint', 'format'].includes(name),
});

async function getJson(path: string) {
  const res = await t.request(path);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  if (res.status === 200) expect(res.headers.get('access-control-allow-origin')).toBe('*');
  return { status: res.status, body: await res.json() };
}

async function getXml(path: string) {
  const res = await t.request(path);
  expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const text = await res.text();
  expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  return { status: res.status, body: xml.parse(text) as Record<string, unknown>, text };
}

function post(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return t.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
    body: body.toString(),
  });
}

type FieldType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'string|null'
  | 'number|null'
  | 'null'
  | 'array'
  | 'object';

/** Exactly these fields, each of its type (the spec's table of the response). */
function expectFields(record: Record<string, unknown>, spec: Record<string, FieldType>) {
  expect(Object.keys(record).sort()).toEqual(Object.keys(spec).sort());
  for (const [field, type] of Object.entries(spec)) {
    const v = record[field];
    const actual = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
    const allowed = type.split('|');
    expect(allowed, `${field} is ${actual}`).toContain(actual);
  }
}

/** What the JSON document looks like once written as XML and parsed back (all text, null empty). */
function asXmlText(value: unknown, key: string, items: Record<string, string>): unknown {
  if (value === null) return '';
  if (Array.isArray(value)) {
    const item = items[key] as string;
    return value.length === 0 ? '' : { [item]: value.map((v) => asXmlText(v, item, items)) };
  }
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, asXmlText(v, k, items)]));
  return String(value);
}
const listItems = {
  services: 'service',
  attributes: 'attribute',
  values: 'value',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

/** The JSON and XML forms of one resource say the same. */
async function expectSameInBothFormats(path: string, root: string) {
  const [resource, search] = path.split('?');
  const q = search ? `?${search}` : '';
  const json = await getJson(`${resource}.json${q}`);
  const doc = await getXml(`${resource}.xml${q}`);
  expect(doc.status).toBe(json.status);
  expect(doc.body[root]).toEqual(asXmlText(json.body, root, listItems));
  return json;
}

function expectErrors(body: unknown, code: number) {
  expect(Array.isArray(body)).toBe(true);
  const list = body as Array<Record<string, unknown>>;
  expect(list.length).toBeGreaterThan(0);
  for (const e of list) {
    expectFields(e, { code: 'number', description: 'string' });
    expect(e.code).toBe(code);
    expect((e.description as string).length).toBeGreaterThan(5);
  }
}

async function expectXmlErrors(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const doc = xml.parse(await res.text()) as {
    errors: { error: Array<{ code: string; description: string }> };
  };
  expect(doc.errors.error.length).toBeGreaterThan(0);
  for (const e of doc.errors.error) {
    expect(e.code).toBe(String(status));
    expect(e.description.length).toBeGreaterThan(5);
  }
}

const keyOf = async (email: string, scopes: Array<'read' | 'write'>) =>
  (await bearerFor(t, email, scopes)).Authorization?.replace(/^Bearer /, '') as string;

const validPost = (extra: Record<string, string | string[]> = {}) => ({
  api_key: writeKey,
  service_code: 'losse-tegel',
  ...inMarktkwartier,
  address_string: 'Markt 12, Voorbeeld',
  description: 'Losse stoeptegel voor de bakker, iemand is al gestruikeld.',
  'attribute[ernst]': 'struikel',
  ...extra,
});

let posted: { reference: string; token: string };

beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  fx = await createInitiativesFixture(t.ctx.db);
  await initiativesDb(t.ctx.db)
    .updateTable('initiative_categories')
    .set({ attributes: JSON.stringify(attributes), keywords: ['stoep', 'tegel', 'struikelen'] })
    .where('id', '=', fx.categories.pavement)
    .execute();
  writeKey = await keyOf('coordinator@voorbeeld.example', ['read', 'write']);
  readOnlyKey = await keyOf('coordinator@voorbeeld.example', ['read']);
  departmentKey = await keyOf('openbareruimte.medewerker@voorbeeld.example', ['read']);
  residentKey = await keyOf('bewoner@voorbeeld.example', ['read', 'write']);
});
afterAll(() => t.close());

describe('service discovery', () => {
  it('lists the GeoReport v2 endpoint with both formats', async () => {
    const { body } = await expectSameInBothFormats(`${base}/discovery`, 'discovery');
    expectFields(body, { changeset: 'string', contact: 'string', key_service: 'string', endpoints: 'array' });
    expect(body.changeset).toMatch(w3);
    expect(body.contact).toContain('Voorbeeld');
    expect(body.endpoints).toHaveLength(1);
    const [endpoint] = body.endpoints;
    expectFields(endpoint, {
      specification: 'string',
      url: 'string',
      changeset: 'string',
      type: 'string',
      formats: 'array',
    });
    expect(endpoint.specification).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(endpoint.url).toMatch(/\/open311\/v2$/);
    expect(endpoint.changeset).toMatch(w3);
    expect(['production', 'test']).toContain(endpoint.type);
    expect(endpoint.formats.sort()).toEqual(['application/json', 'text/xml']);
  });
});

describe('GET services', () => {
  it('lists every active category with the spec fields; group is the kind, metadata says attributes', async () => {
    const { body } = await expectSameInBothFormats(`${base}/services`, 'services');
    expect(Array.isArray(body)).toBe(true);
    for (const s of body)
      expectFields(s, {
        service_code: 'string',
        service_name: 'string',
        description: 'string',
        metadata: 'boolean',
        type: 'string',
        keywords: 'string',
        group: 'string',
      });
    const byCode = new Map(body.map((s: { service_code: string }) => [s.service_code, s]));
    expect([...byCode.keys()].sort()).toEqual(
      ['buurtinitiatief', 'klein-idee', 'losse-tegel', 'zorg-welzijn', 'zwerfafval'].sort(),
    );
    expect(byCode.get('losse-tegel')).toMatchObject({
      service_name: 'Losse stoeptegel',
      metadata: true,
      type: 'realtime',
      keywords: 'stoep, tegel, struikelen',
      group: 'Melding',
    });
    expect(byCode.get('zwerfafval')).toMatchObject({ metadata: false, keywords: '', group: 'Melding' });
    expect(byCode.get('klein-idee')).toMatchObject({ group: 'Idee' });
  });

  it('leaves out inactive categories', async () => {
    const db = initiativesDb(t.ctx.db);
    await db
      .updateTable('initiative_categories')
      .set({ active: false })
      .where('id', '=', fx.categories.careQuestion)
      .execute();
    try {
      const { body } = await getJson(`${base}/services.json`);
      expect(body.map((s: { service_code: string }) => s.service_code)).not.toContain('zorg-welzijn');
      expect((await getJson(`${base}/services/zorg-welzijn.json`)).status).toBe(404);
    } finally {
      await db
        .updateTable('initiative_categories')
        .set({ active: true })
        .where('id', '=', fx.categories.careQuestion)
        .execute();
    }
  });
});

describe('GET service definition', () => {
  it('describes every attribute with the spec fields, in order', async () => {
    const { body } = await expectSameInBothFormats(`${base}/services/losse-tegel`, 'service_definition');
    expectFields(body, { service_code: 'string', attributes: 'array' });
    expect(body.service_code).toBe('losse-tegel');
    expect(body.attributes).toHaveLength(4);
    for (const a of body.attributes) {
      expectFields(a, {
        variable: 'boolean',
        code: 'string',
        datatype: 'string',
        required: 'boolean',
        datatype_description: 'string|null',
        order: 'number',
        description: 'string',
        values: 'array',
      });
      expect(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']).toContain(
        a.datatype,
      );
      for (const v of a.values) expectFields(v, { key: 'string', name: 'string' });
    }
    expect(body.attributes.map((a: { order: number }) => a.order)).toEqual([1, 2, 3, 4]);
    expect(body.attributes[0]).toMatchObject({
      variable: true,
      code: 'ernst',
      datatype: 'singlevaluelist',
      required: true,
      description: 'Hoe gevaarlijk is het?',
      values: [
        { key: 'struikel', name: 'Je kunt erover struikelen' },
        { key: 'los', name: 'De tegel ligt los' },
      ],
    });
    expect(body.attributes[1]).toMatchObject({
      code: 'aantal',
      datatype: 'number',
      required: false,
      values: [],
    });
  });

  it('speaks English when asked', async () => {
    const { body } = await getJson(`${base}/services/losse-tegel.json?lang=en`);
    expect(body.attributes[0].description).toBe('How dangerous is it?');
  });

  it('a category without attributes has an empty list', async () => {
    const { body } = await getJson(`${base}/services/zwerfafval.json`);
    expect(body).toEqual({ service_code: 'zwerfafval', attributes: [] });
  });

  it('an unknown service_code is a 404 in the error format', async () => {
    const json = await getJson(`${base}/services/bestaat-niet.json`);
    expect(json.status).toBe(404);
    expectErrors(json.body, 404);
    await expectXmlErrors(await t.request(`${base}/services/bestaat-niet.xml`), 404);
  });
});

describe('POST requests', () => {
  it('creates the item through intake (channel open311) and answers with the spec fields', async () => {
    const res = await post(
      `${base}/requests.json`,
      validPost({
        email: 'Melder@Example.org',
        first_name: 'Sanne',
        last_name: 'de Vries',
        phone: '06 12345678',
        'attribute[aantal]': '3',
        'attribute[plek][]': ['stoep', 'fietspad'],
        'attribute[gezien]': '2026-12-01T08:30:00+01:00',
        'attribute[onbekend]': 'wordt genegeerd',
        media_url: 'https://example.org/foto.jpg',
        device_id: 'abc',
        account_id: '123',
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await res.json();
    expect(body).toHaveLength(1);
    expectFields(body[0], {
      service_request_id: 'string',
      token: 'string',
      service_notice: 'string|null',
      account_id: 'null',
    });
    expect(body[0].service_request_id).toMatch(/^M-\d{4}-\d{6}$/);
    expect(body[0].service_notice).toBe('Wij behandelen losse stoeptegel binnen 5 dagen.');
    posted = { reference: body[0].service_request_id, token: body[0].token };

    const row = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_items')
      .selectAll()
      .where('reference', '=', posted.reference)
      .executeTakeFirstOrThrow();
    expect(row.id).toBe(posted.token);
    expect(row).toMatchObject({
      channel: 'open311',
      category_id: fx.categories.pavement,
      contact_name: 'Sanne de Vries',
      contact_email: 'melder@example.org',
      contact_phone: '06 12345678',
      address: 'Markt 12, Voorbeeld',
      lat: 52.056123,
      lon: 5.638456,
      status: 'received',
      owner_organisation_id: fx.organisations.publicSpace,
    });
    expect(row.title).toBe('Losse stoeptegel voor de bakker, iemand is al gestruikeld.');
    expect(row.attribute_values).toEqual({
      ernst: 'struikel',
      aantal: 3,
      plek: ['stoep', 'fietspad'],
      gezien: '2026-12-01T07:30:00.000Z',
    });
  });

  it('answers in XML when asked', async () => {
    const res = await post(
      `${base}/requests.xml`,
      validPost({ description: 'Tegel steekt omhoog bij de bushalte.' }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const doc = xml.parse(await res.text()) as {
      service_requests: { request: Array<Record<string, string>> };
    };
    expect(doc.service_requests.request).toHaveLength(1);
    const r = doc.service_requests.request[0] as Record<string, string>;
    expect(Object.keys(r).sort()).toEqual(['account_id', 'service_notice', 'service_request_id', 'token']);
    expect(r.service_request_id).toMatch(/^M-\d{4}-\d{6}$/);
    expect(r.account_id).toBe('');
  });

  it('needs a valid api_key with the write scope (403)', async () => {
    const { api_key: _, ...withoutKey } = validPost();
    const missing = await post(`${base}/requests.json`, withoutKey);
    expect(missing.status).toBe(403);
    expectErrors(await missing.json(), 403);
    await expectXmlErrors(await post(`${base}/requests.xml`, withoutKey), 403);
    const invalid = await post(`${base}/requests.json`, validPost({ api_key: 'ww_not-a-real-token-at-all' }));
    expect(invalid.status).toBe(403);
    expectErrors(await invalid.json(), 403);
    const readOnly = await post(`${base}/requests.json`, validPost({ api_key: readOnlyKey }));
    expect(readOnly.status).toBe(403);
    expectErrors(await readOnly.json(), 403);
  });

  it('needs no CSRF token: the api_key is the credential, a session cookie counts for nothing', async () => {
    const res = await post(`${base}/requests.json`, validPost({ api_key: '' }), {
      Cookie: 'wijkwerk_session=whatever',
    });
    expect(res.status).toBe(403);
    expectErrors(await res.json(), 403);
  });

  it('rejects bad input with 400 (and an unknown service_code with 404)', async () => {
    const cases: Array<[Record<string, string | string[]>, number]> = [
      [{ service_code: '' }, 400],
      [{ service_code: 'bestaat-niet' }, 404],
      [{ lat: '', long: '', address_string: '' }, 400],
      [{ lat: '52.05', long: '' }, 400],
      [{ lat: 'noord', long: '5.6' }, 400],
      [{ lat: '', long: '', address_string: '', address_id: '12345' }, 400],
      [{ 'attribute[ernst]': '' }, 400],
      [{ 'attribute[ernst]': 'onbekend' }, 400],
      [{ 'attribute[aantal]': 'veel' }, 400],
      [{ 'attribute[plek][]': ['stoep', 'dak'] }, 400],
      [{ 'attribute[gezien]': 'gisteren' }, 400],
      [{ email: 'geen-adres' }, 400],
      [{ description: 'x'.repeat(4001) }, 400],
      [{ description: 'Kijk <script>alert(1)</script> hier' }, 400],
      [{ description: 'kort' }, 400],
      [{ lat: '51.0', long: '4.0' }, 400],
      [{ jurisdiction_id: 'elders.example' }, 404],
    ];
    for (const [extra, status] of cases) {
      const res = await post(`${base}/requests.json`, validPost(extra));
      expect(res.status, JSON.stringify(extra)).toBe(status);
      expectErrors(await res.json(), status);
    }
    await expectXmlErrors(await post(`${base}/requests.xml`, validPost({ service_code: '' })), 400);
  });

  it('accepts multipart/form-data too', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(validPost({ description: 'Tegel los bij de ingang van het park.' })))
      for (const one of [v].flat()) form.append(k, one);
    const res = await t.request(`${base}/requests.json`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    expect((await res.json())[0].service_request_id).toMatch(/^M-\d{4}-\d{6}$/);
  });

  it('accepts only a form body', async () => {
    const res = await t.request(`${base}/requests.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(validPost()),
    });
    expect(res.status).toBe(400);
    expectErrors(await res.json(), 400);
  });

  it('the same Idempotency-Key twice makes one item', async () => {
    const fields = validPost({ description: 'Drie tegels los op het plein bij de fontein.' });
    const headers = { 'Idempotency-Key': 'open311-retry-0001' };
    const first = await (await post(`${base}/requests.json`, fields, headers)).json();
    const second = await (await post(`${base}/requests.json`, fields, headers)).json();
    expect(second[0].service_request_id).toBe(first[0].service_request_id);
  });
});

describe('GET tokens', () => {
  it('turns the token of a POST into the service_request_id', async () => {
    const { body } = await expectSameInBothFormats(`${base}/tokens/${posted.token}`, 'service_requests');
    expect(body).toHaveLength(1);
    expectFields(body[0], { service_request_id: 'string', token: 'string' });
    expect(body[0]).toEqual({ service_request_id: posted.reference, token: posted.token });
  });

  it('an unknown token is a 404', async () => {
    const json = await getJson(`${base}/tokens/00000000-0000-4000-8000-000000000000.json`);
    expect(json.status).toBe(404);
    expectErrors(json.body, 404);
    await expectXmlErrors(await t.request(`${base}/tokens/onzin.xml`), 404);
  });
});

const requestFields: Record<string, FieldType> = {
  service_request_id: 'string',
  status: 'string',
  status_notes: 'string|null',
  service_name: 'string',
  service_code: 'string',
  description: 'string|null',
  agency_responsible: 'string',
  service_notice: 'string|null',
  requested_datetime: 'string',
  updated_datetime: 'string',
  expected_datetime: 'string',
  address: 'string|null',
  address_id: 'null',
  zipcode: 'null',
  lat: 'number|null',
  long: 'number|null',
  media_url: 'null',
};

function expectRequest(r: Record<string, unknown>) {
  expectFields(r, requestFields);
  expect(['open', 'closed']).toContain(r.status);
  expect(r.requested_datetime).toMatch(w3);
  expect(r.updated_datetime).toMatch(w3);
  expect(r.expected_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\+0[12]:00$/);
}

describe('GET requests', () => {
  let litter: string;
  let care: string;
  let old: string;

  beforeAll(async () => {
    const make = async (fields: Record<string, string>) =>
      (await (await post(`${base}/requests.json`, validPost(fields))).json())[0].service_request_id as string;
    litter = await make({
      service_code: 'zwerfafval',
      ...inMolenveld,
      description: 'Zakken afval naast de container.',
    });
    care = await make({
      service_code: 'zorg-welzijn',
      description: 'Mijn buurman komt al weken de deur niet uit, wie kan helpen?',
    });
    old = await make({ description: 'Oude melding van een verzakte stoep bij de school.' });
    const db = initiativesDb(t.ctx.db);
    await db
      .updateTable('initiative_items')
      .set({ received_at: new Date(Date.now() - 200 * 86_400_000) })
      .where('reference', '=', old)
      .execute();
    await db
      .updateTable('initiative_items')
      .set({ status: 'done', closed_at: new Date() })
      .where('reference', '=', litter)
      .execute();
  });

  it('returns every field of the spec for staff with a key, in both formats', async () => {
    const { body } = await expectSameInBothFormats(`${base}/requests`, 'service_requests');
    expect(body).toEqual([]); // without api_key and without a published map: nothing
    const keyed = await expectSameInBothFormats(
      `${base}/requests?api_key=${readOnlyKey}`,
      'service_requests',
    );
    const list = keyed.body as Array<Record<string, unknown>>;
    for (const r of list) expectRequest(r);
    const mine = list.find((r) => r.service_request_id === posted.reference) as Record<string, unknown>;
    expect(mine).toMatchObject({
      status: 'open',
      service_name: 'Losse stoeptegel',
      service_code: 'losse-tegel',
      description: 'Losse stoeptegel voor de bakker, iemand is al gestruikeld.',
      agency_responsible: 'Afdeling Openbare Ruimte',
      service_notice: 'Wij behandelen losse stoeptegel binnen 5 dagen.',
      address: 'Markt 12, Voorbeeld',
      lat: 52.056123,
      long: 5.638456,
    });
    expect(typeof mine.status_notes).toBe('string');
    const row = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_items')
      .select(['deadline_on'])
      .where('reference', '=', posted.reference)
      .executeTakeFirstOrThrow();
    expect(String(mine.expected_datetime).slice(0, 10)).toBe(row.deadline_on);
    // Default range: the last 90 days, newest first.
    expect(list.map((r) => r.service_request_id)).not.toContain(old);
    const times = list.map((r) => Date.parse(r.requested_datetime as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters by service_request_id (overriding the other filters), service_code, dates and status', async () => {
    const ids = async (q: string) =>
      (
        (await getJson(`${base}/requests.json?api_key=${readOnlyKey}&${q}`)).body as Array<{
          service_request_id: string;
        }>
      )
        .map((r) => r.service_request_id)
        .sort();
    expect(await ids(`service_request_id=${old},${litter}&service_code=zorg-welzijn&status=open`)).toEqual(
      [old, litter].sort(),
    );
    expect(await ids('service_code=zwerfafval')).toEqual([litter]);
    expect(await ids('service_code=zwerfafval,zorg-welzijn')).toEqual([litter, care].sort());
    expect(await ids('status=closed')).toEqual([litter]);
    expect(await ids('status=open')).not.toContain(litter);
    expect(await ids('status=open,closed')).toContain(litter);
    const from = new Date(Date.now() - 210 * 86_400_000).toISOString().slice(0, 19);
    const to = new Date(Date.now() - 190 * 86_400_000).toISOString().slice(0, 19);
    expect(await ids(`start_date=${from}Z&end_date=${to}Z`)).toEqual([old]);
    expect(await ids(`start_date=${from}Z`)).toEqual([old]);
    const closedOne = (await getJson(`${base}/requests/${litter}.json?api_key=${readOnlyKey}`)).body[0];
    expect(closedOne.status).toBe('closed');
  });

  it('rejects bad filters with 400', async () => {
    for (const q of [
      'status=gesloten',
      'start_date=gisteren',
      'end_date=2026-13-45T00:00:00Z',
      'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
      'start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z',
    ]) {
      const res = await getJson(`${base}/requests.json?${q}`);
      expect(res.status, q).toBe(400);
      expectErrors(res.body, 400);
    }
    await expectXmlErrors(await t.request(`${base}/requests.xml?status=gesloten`), 400);
  });

  it('an invalid api_key on a read is a 403, and so is a key without the read scope', async () => {
    const res = await getJson(`${base}/requests.json?api_key=ww_wrong`);
    expect(res.status).toBe(403);
    expectErrors(res.body, 403);
    const writeOnly = await keyOf('coordinator@voorbeeld.example', ['write']);
    const services = await getJson(`${base}/services.json?api_key=${writeOnly}`);
    expect(services.status).toBe(403);
    expectErrors(services.body, 403);
  });

  it('a department sees what is routed to it; a resident only what is published', async () => {
    const department = (await getJson(`${base}/requests.json?api_key=${departmentKey}`)).body as Array<{
      service_request_id: string;
      description: string | null;
    }>;
    const refs = department.map((r) => r.service_request_id);
    expect(refs).toContain(posted.reference);
    expect(refs).not.toContain(care); // Sociaal Domein's
    expect(department.every((r) => r.description !== null)).toBe(true);
    expect((await getJson(`${base}/requests.json?api_key=${residentKey}`)).body).toEqual([]);
  });

  it('with the public map on, anyone sees published items as summaries: no resident text, rounded points', async () => {
    await initiativesDb(t.ctx.db)
      .insertInto('initiative_settings')
      .values({ municipality_id: fx.municipalityId, public_map: true })
      .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ public_map: true }))
      .execute();
    try {
      const { body } = await expectSameInBothFormats(`${base}/requests`, 'service_requests');
      const list = body as Array<Record<string, unknown>>;
      for (const r of list) expectRequest(r);
      const refs = list.map((r) => r.service_request_id);
      expect(refs).toContain(posted.reference);
      expect(refs).not.toContain(care); // its category is not on the public map
      const mine = list.find((r) => r.service_request_id === posted.reference) as Record<string, unknown>;
      expect(mine).toMatchObject({
        description: null,
        address: null,
        status_notes: null,
        lat: 52.056,
        long: 5.638,
        agency_responsible: 'Afdeling Openbare Ruimte',
      });
      const one = await getJson(`${base}/requests/${posted.reference}.json`);
      expect(one.body).toEqual([mine]);
      expect((await getJson(`${base}/requests/${care}.json`)).status).toBe(404);
    } finally {
      await initiativesDb(t.ctx.db)
        .updateTable('initiative_settings')
        .set({ public_map: false })
        .where('municipality_id', '=', fx.municipalityId)
        .execute();
    }
  });
});

describe('GET a request', () => {
  it('returns a list of one, in both formats', async () => {
    const keyed = await getJson(`${base}/requests/${posted.reference}.json?api_key=${readOnlyKey}`);
    expect(keyed.status).toBe(200);
    expect(keyed.body).toHaveLength(1);
    expectRequest(keyed.body[0]);
    expect(keyed.body[0].service_request_id).toBe(posted.reference);
    const doc = await getXml(`${base}/requests/${posted.reference}.xml?api_key=${readOnlyKey}`);
    expect(doc.body.service_requests).toEqual(asXmlText(keyed.body, 'service_requests', listItems));
  });

  it('is a 404 when unknown or not visible', async () => {
    const unknown = await getJson(`${base}/requests/M-2000-000001.json?api_key=${readOnlyKey}`);
    expect(unknown.status).toBe(404);
    expectErrors(unknown.body, 404);
    const hidden = await getJson(`${base}/requests/${posted.reference}.json`);
    expect(hidden.status).toBe(404);
    await expectXmlErrors(await t.request(`${base}/requests/${posted.reference}.xml`), 404);
  });
});

describe('general errors', () => {
  it('an unsupported format is a 400, an unknown resource a 404, a wrong jurisdiction a 404', async () => {
    await expectXmlErrors(await t.request(`${base}/services.csv`), 400);
    const unknown = await getJson(`${base}/onbekend.json`);
    expect(unknown.status).toBe(404);
    expectErrors(unknown.body, 404);
    await expectXmlErrors(await t.request(`${base}/services/a/b.xml`), 404);
    const wrong = await getJson(`${base}/services.json?jurisdiction_id=elders.example`);
    expect(wrong.status).toBe(404);
    expectErrors(wrong.body, 404);
    expect((await getJson(`${base}/services.json?jurisdiction_id=GM9999`)).status).toBe(200);
    const put = await t.request(`${base}/requests.json`, { method: 'PUT' });
    expect(put.status).toBe(400);
  });
});
