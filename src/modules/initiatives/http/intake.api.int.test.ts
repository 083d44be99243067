import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { sha256 } from '../../../core/auth/tokens.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { hasGpsIfd, jpegWithGps } from '../intake/test-images.ts';
import { computeDeadline, escalationDate } from '../rules/deadline.ts';
import { createInitiativesFixture, demoEmails, type InitiativesFixture } from '../testing.ts';

// The intake API over HTTP on a real database: an anonymous submission gets a reference number,
// an owner, a deadline and a private follow token (mailed when an address is given); the same
// Idempotency-Key twice — one after the other or at once — makes one item; bad input is refused
// field by field and nothing is kept; the honeypot, the rate limit, photos without metadata, and
// what the resident reads by the token.

let t: TestApp;
let f: InitiativesFixture;
let ip = 0;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', env: { TRUST_PROXY: 'true' } });
  f = await createInitiativesFixture(t.ctx.db);
});
afterAll(() => t.close());

/** A different address per call, unless one is given (the rate limit counts per address). */
const anon = (extra: Record<string, string> = {}) => ({
  ...anonymousJson(t),
  'x-forwarded-for': `198.51.100.${++ip}`,
  ...extra,
});

const post = (body: unknown, headers: Record<string, string> = anon()) =>
  t.request('/api/v1/initiatives/items', { method: 'POST', headers, body: JSON.stringify(body) });

const signal = (extra: Record<string, unknown> = {}) => ({
  categoryId: f.categories.pavement,
  description: 'Voor de bakker op de Dorpsstraat ligt een stoeptegel los; mijn buurvrouw is gestruikeld.',
  areaCode: 'BU99990202',
  address: 'Dorpsstraat 12',
  ...extra,
});

const items = () => initiativesDb(t.ctx.db).selectFrom('initiative_items').selectAll();
const itemById = (id: string) => items().where('id', '=', id).executeTakeFirstOrThrow();
const mailsTo = (to: string) =>
  t.ctx.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text', 'purpose'])
    .where('recipient', '=', to)
    .execute();
const countItems = async () =>
  Number(
    (
      await initiativesDb(t.ctx.db)
        .selectFrom('initiative_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('an anonymous submission', () => {
  it('gets a reference, the category’s department, a deadline and a private follow link by mail', async () => {
    const email = 'Samira@Example.org';
    const res = await post(signal({ contactName: 'Samira', contactEmail: email, consent: true }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.reference).toMatch(/^M-\d{4}-\d{6}$/);
    expect(body.duplicate).toBe(false);
    expect(body.followUrl).toContain(`/meldingen/volgen/${body.followToken}`);
    expect(res.headers.get('location')).toBe(`/api/v1/initiatives/follow/${body.followToken}`);

    const row = await itemById(body.id);
    expect(row).toMatchObject({
      reference: body.reference,
      status: 'received',
      channel: 'api',
      owner_organisation_id: f.organisations.publicSpace,
      kind_id: f.kinds.signal,
      contact_email: 'samira@example.org',
      follow_token_hash: sha256(body.followToken),
      title: 'Voor de bakker op de Dorpsstraat ligt een stoeptegel los; mijn buurvrouw is…',
    });
    expect(row.consent_text).toContain('op de hoogte');
    const cal = { liberationDayOff: false };
    const deadline = computeDeadline(row.received_at, { days: 5, dayType: 'working' }, cal);
    expect(row.deadline_on).toBe(deadline);
    expect(row.escalate_on).toBe(escalationDate(deadline, 5, cal));

    const events = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_events')
      .selectAll()
      .where('item_id', '=', body.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ event: 'received', to_status: 'received' });
    expect(events[0]?.public_text).toContain(body.reference);
    expect(events[0]?.public_text).not.toContain(body.followToken);

    const mails = await mailsTo('samira@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body_text).toContain(body.followUrl);
    expect(mails[0]?.purpose).toBe('initiatives-item');

    // No e-mail address in the audit log.
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('resource_id', '=', body.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.changes)).not.toContain('example.org');
  });

  it('numbers the items of a year one after another', async () => {
    const a = await (await post(signal())).json();
    const b = await (await post(signal())).json();
    const n = (r: string) => Number(r.split('-')[2]);
    expect(n(b.reference)).toBe(n(a.reference) + 1);
  });

  it('lets the resident read where it stands by the token, without contact details', async () => {
    const { followToken, reference } = await (
      await post(signal({ contactEmail: 'lees@example.org', contactPhone: '06 12345678', consent: true }))
    ).json();
    const res = await t.request(`/api/v1/initiatives/follow/${followToken}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const item = await res.json();
    expect(item).toMatchObject({
      reference,
      status: 'received',
      categoryName: 'Losse stoeptegel',
      ownerName: 'Afdeling Openbare Ruimte',
      hasEmail: true,
      mayAnswer: false,
      mayRate: false,
      accountingPath: null,
    });
    expect(item.events[0].publicText).toContain(reference);
    expect(JSON.stringify(item)).not.toContain('lees@example.org');
    expect(JSON.stringify(item)).not.toContain('12345678');
    expect((await t.request('/api/v1/initiatives/follow/not-a-real-token-at-all-0000')).status).toBe(404);
  });

  it('routes by the first matching rule (here: the Noordhoek signals go to the housing corporation)', async () => {
    const noordhoek = await t.ctx.db
      .selectFrom('areas')
      .select('id')
      .where('code', '=', 'WK999902')
      .executeTakeFirstOrThrow();
    // Straight into the table: routing rules are the config part's; this test only needs one.
    await sql`insert into initiative_routing_rules (municipality_id, position, category_id, area_id, target_organisation_id)
      values (${f.municipalityId}, 1, ${f.categories.litter}, ${noordhoek.id}, ${f.organisations.housing})`.execute(
      t.ctx.db,
    );
    const inNoordhoek = await (await post(signal({ categoryId: f.categories.litter }))).json();
    expect((await itemById(inNoordhoek.id)).owner_organisation_id).toBe(f.organisations.housing);
    const elsewhere = await (
      await post(signal({ categoryId: f.categories.litter, areaCode: 'BU99990101' }))
    ).json();
    expect((await itemById(elsewhere.id)).owner_organisation_id).toBe(f.organisations.publicSpace);
  });

  it('finds the buurt of a point on the map', async () => {
    const buurt = await t.ctx.db
      .selectFrom('areas')
      .select(['id', 'code', 'centroid_lon', 'centroid_lat'])
      .where('kind', '=', 'buurt')
      .where('centroid_lon', 'is not', null)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const res = await post(signal({ areaCode: undefined, lon: buurt.centroid_lon, lat: buurt.centroid_lat }));
    expect(res.status).toBe(201);
    const row = await itemById((await res.json()).id);
    expect(row.area_id).toBe(buurt.id);
    expect(row.lon).toBeCloseTo(buurt.centroid_lon as number, 6);
  });

  it('keeps the amount asked for only with a budget request', async () => {
    const res = await post({
      categoryId: f.categories.neighbourhoodInitiative,
      description: 'Een buurtbarbecue op het grasveld met de hele straat, in september.',
      areaCode: 'BU99990202',
      requestedEuros: '350,50',
    });
    expect(res.status).toBe(201);
    expect((await itemById((await res.json()).id)).requested_cents).toBe(35050);
  });
});

describe('idempotency', () => {
  it('makes one item for the same key, hands out the same link again, and refuses the key for something else', async () => {
    const key = 'tegel-dorpsstraat-0001';
    const first = await post(signal(), anon({ 'Idempotency-Key': key }));
    const again = await post(signal(), anon({ 'Idempotency-Key': key }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    const [a, b] = [await first.json(), await again.json()];
    expect(b).toMatchObject({
      id: a.id,
      reference: a.reference,
      followToken: a.followToken,
      duplicate: true,
    });
    expect(await items().where('idempotency_key', '=', key).execute()).toHaveLength(1);
    const other = await post(
      signal({ description: 'Iets heel anders, maar met dezelfde sleutel.' }),
      anon({ 'Idempotency-Key': key }),
    );
    expect(other.status).toBe(409);
  });

  it('makes one item when a double click sends the same submission twice at once', async () => {
    const key = 'dubbelklik-00000002';
    const before = await countItems();
    const results = await Promise.all([1, 2, 3].map(() => post(signal({ idempotencyKey: key }))));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    const ids = new Set(await Promise.all(results.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await countItems()).toBe(before + 1);
  });
});

describe('bad input', () => {
  it('says what is wrong per field and keeps nothing', async () => {
    const before = await countItems();
    const res = await post({
      categoryId: 'geen-uuid',
      description: 'kort',
      contactEmail: 'niet-een-adres',
      contactPhone: 'bel me',
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    const names = problem.invalidParams.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['categoryId', 'contactEmail', 'contactPhone', 'description']);
    expect(problem.invalidParams.find((p: { name: string }) => p.name === 'description').reason).toBe(
      'Gebruik minimaal 10 tekens.',
    );

    const noConsent = await post(signal({ contactEmail: 'x@example.org' }));
    expect(noConsent.status).toBe(400);
    expect((await noConsent.json()).invalidParams.map((p: { name: string }) => p.name)).toEqual(['consent']);

    const nowhere = await post(signal({ areaCode: undefined, address: undefined }));
    expect((await nowhere.json()).invalidParams[0]).toMatchObject({
      name: 'areaCode',
      code: 'initiatives.intake.error.location',
    });

    const unknownArea = await post(signal({ areaCode: 'BU00000000' }));
    expect((await unknownArea.json()).invalidParams[0]).toMatchObject({ name: 'areaCode' });

    const outside = await post(signal({ areaCode: undefined, lon: 2.35, lat: 48.85 }));
    expect((await outside.json()).invalidParams[0]).toMatchObject({
      name: 'lat',
      code: 'initiatives.intake.error.outside',
    });

    const unknownCategory = await post(signal({ categoryId: '00000000-0000-4000-8000-000000000000' }));
    expect((await unknownCategory.json()).invalidParams[0]).toMatchObject({ name: 'categoryId' });

    const staffChannel = await post(signal({ channel: 'phone' }));
    expect((await staffChannel.json()).invalidParams[0]).toMatchObject({ name: 'channel' });

    const english = await post({ description: 'x' }, anon({ 'Accept-Language': 'en' }));
    expect(english.status).toBe(400);

    expect(await countItems()).toBe(before);
    expect(await mailsTo('x@example.org')).toHaveLength(0);
  });

  it('answers a filled-in honeypot as usual and keeps nothing', async () => {
    const before = await countItems();
    const res = await post(
      signal({ honeypot: 'https://spam.example', contactEmail: 'bot@example.org', consent: true }),
    );
    expect(res.status).toBe(201);
    expect((await res.json()).reference).toMatch(/^M-\d{4}-\d{6}$/);
    const nonsense = await post({ honeypot: 'x', description: 1 });
    expect(nonsense.status).toBe(201);
    expect(await countItems()).toBe(before);
    expect(await mailsTo('bot@example.org')).toHaveLength(0);
  });

  it('limits anonymous submissions per address', async () => {
    const headers = anon();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post(signal(), headers)).status);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    const limited = await post(signal(), headers);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('photos', () => {
  const multipart = (
    fields: Record<string, string>,
    files: Array<{ name: string; type: string; bytes: Uint8Array }>,
  ) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const file of files)
      form.append('photos', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    // Without the JSON content type: fetch sets the multipart boundary itself.
    const headers: Record<string, string> = anon();
    delete headers['Content-Type'];
    return t.request('/api/v1/initiatives/items', { method: 'POST', headers, body: form });
  };
  const fields = () => ({
    categoryId: f.categories.pavement,
    description: 'Losse tegel met een scherpe rand, zie de foto.',
    areaCode: 'BU99990202',
    'attribute[unknown]': 'ignored',
  });

  it('stores a photo re-encoded without its GPS position', async () => {
    const photo = await jpegWithGps(120, 80);
    const res = await multipart(fields(), [{ name: 'IMG_1.jpg', type: 'image/jpeg', bytes: photo }]);
    expect(res.status).toBe(201);
    const { id, followToken } = await res.json();
    const files = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_files')
      .selectAll()
      .where('item_id', '=', id)
      .execute();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({
      purpose: 'submission',
      content_type: 'image/jpeg',
      width: 120,
      height: 80,
    });
    const meta = await sharp(files[0]?.bytes as Uint8Array).metadata();
    expect(hasGpsIfd(meta.exif)).toBe(false);
    expect(meta.exif).toBeUndefined();
    const followed = await (await t.request(`/api/v1/initiatives/follow/${followToken}`)).json();
    expect(followed.photos).toHaveLength(1);
    expect(followed.photos[0].url).toBe(
      `/meldingen/bestanden/${files[0]?.id}?t=${encodeURIComponent(followToken)}`,
    );
  });

  it('refuses a file that is not an image, or too many, with a message naming the file', async () => {
    const before = await countItems();
    const text = new TextEncoder().encode('dit is geen foto');
    const res = await multipart(fields(), [{ name: 'brief.txt', type: 'image/jpeg', bytes: text }]);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.invalidParams).toEqual([
      {
        name: 'photos',
        code: 'initiatives.intake.error.fileType',
        reason: '‘brief.txt’ is geen foto in JPEG, PNG of WebP. Kies een ander bestand.',
      },
    ]);
    const photo = await jpegWithGps();
    const four = await multipart(
      fields(),
      [1, 2, 3, 4].map((n) => ({ name: `${n}.jpg`, type: 'image/jpeg', bytes: photo })),
    );
    expect(four.status).toBe(400);
    expect((await four.json()).invalidParams[0].code).toBe('initiatives.intake.error.tooManyPhotos');
    expect(await countItems()).toBe(before);
  });
});

describe('registering on behalf of a resident', () => {
  it('takes the staff channels from staff and keeps who registered it', async () => {
    const auth = jsonWith(await bearerFor(t, demoEmails.officerCentrum));
    const res = await t.request('/api/v1/initiatives/items', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(signal({ channel: 'phone', contactPhone: '020 1234567', consent: true })),
    });
    expect(res.status).toBe(201);
    const row = await itemById((await res.json()).id);
    expect(row.channel).toBe('phone');
    expect(row.registered_by).not.toBeNull();
    expect(row.submitter_person_id).toBeNull();
    const residentAuth = jsonWith(await bearerFor(t, demoEmails.resident));
    const refused = await t.request('/api/v1/initiatives/items', {
      method: 'POST',
      headers: residentAuth,
      body: JSON.stringify(signal({ channel: 'counter' })),
    });
    expect(refused.status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('describes submitting and following, with the submission schema', async () => {
    const res = await t.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/initiatives/items', '/initiatives/follow/{token}']),
    );
    expect(Object.keys(doc.paths['/initiatives/items']?.post?.requestBody?.content ?? {})).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    expect(doc.components.schemas).toHaveProperty('InitiativeSubmission');
    expect(doc.components.schemas).toHaveProperty('FollowedInitiativeItem');
  });
});
