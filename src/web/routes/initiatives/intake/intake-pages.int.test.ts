import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { initiativesDb } from '../../../../modules/initiatives/initiatives.tables.ts';
import { hasGpsIfd, jpegWithGps } from '../../../../modules/initiatives/intake/test-images.ts';
import {
  createInitiativesFixture,
  demoEmails,
  type InitiativesFixture,
  personId,
} from '../../../../modules/initiatives/testing.ts';

// The intake pages as HTML over HTTP without JavaScript: the start page, the two-step public form
// with a photo upload (multipart) that lands on the private follow page with the reference and
// the link, uploads that are refused without losing what was typed, a double submission, the
// honeypot, serving photos only to those who may see them, answering a question and rating by
// the follow page, and staff registering on behalf of a resident.

let t: TestApp;
let f: InitiativesFixture;
let ip = 0;
const text = pageText;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true, env: { TRUST_PROXY: 'true' } });
  f = await createInitiativesFixture(t.ctx.db);
});
afterAll(() => t.close());

/** What a browser without JavaScript sends for a multipart form, with its cookies and CSRF token. */
async function postForm(
  b: PageBrowser,
  path: string,
  fields: Record<string, string>,
  files: Array<{ name: string; type: string; bytes: Uint8Array }> = [],
): Promise<Response> {
  const page = await (await b.get(path)).text();
  const token = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!token) throw new Error(`no _csrf field in ${path}`);
  const idempotencyKey = page.match(/name="idempotencyKey" value="([^"]+)"/)?.[1] ?? '';
  const form = new FormData();
  form.append('_csrf', token);
  form.append('idempotencyKey', idempotencyKey);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  // A browser always sends the file input, empty when nothing was chosen.
  if (files.length === 0) form.append('photos', new Blob([]), '');
  for (const file of files)
    form.append('photos', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.request(path, {
    method: 'POST',
    headers: { cookie, 'x-forwarded-for': `192.0.2.${++ip}` },
    body: form,
    redirect: 'manual',
  });
}

const form = '/meldingen/nieuw?soort=signal';
const fields = (extra: Record<string, string> = {}) => ({
  categoryId: f.categories.pavement,
  description: 'Bij de ingang van het buurthuis ligt een tegel scheef. Gevaarlijk voor rollators.',
  areaCode: 'BU99990202',
  address: 'Schoolstraat 3',
  ...extra,
});

const itemByToken = async (location: string) => {
  const token = decodeURIComponent(location.match(/\/meldingen\/volgen\/([^?]+)/)?.[1] ?? '');
  const { sha256 } = await import('../../../../core/auth/tokens.ts');
  return initiativesDb(t.ctx.db)
    .selectFrom('initiative_items')
    .selectAll()
    .where('follow_token_hash', '=', sha256(token))
    .executeTakeFirstOrThrow();
};
const countItems = async () =>
  (await initiativesDb(t.ctx.db).selectFrom('initiative_items').select('id').execute()).length;

describe('the public start page and form', () => {
  it('explains what can be reported, with help for choosing and what happens next', async () => {
    const res = await new PageBrowser(t).get('/meldingen');
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = text(html);
    expect(page).toContain('Melden, vragen en voorstellen');
    for (const name of ['Idee', 'Melding', 'Vraag', 'Losse stoeptegel', 'Zorg en welzijn'])
      expect(page).toContain(name);
    expect(page).toContain('U krijgt binnen 5 werkdagen antwoord.');
    expect(page).toContain('U krijgt binnen 10 dagen antwoord.');
    expect(html).toContain('href="/meldingen/nieuw?soort=signal"');
    const english = text(await (await new PageBrowser(t).get('/meldingen?lang=en')).text());
    expect(english).toContain('Report, ask and propose');
    expect(english).toContain('You get an answer within 5 working days.');
  });

  it('asks first what you want to do, then shows the form for it', async () => {
    const b = new PageBrowser(t);
    const choose = await (await b.get('/meldingen/nieuw')).text();
    expect(choose).toMatch(/<input[^>]*type="radio"[^>]*name="soort"[^>]*value="signal"/);
    const html = await (await b.get(form)).text();
    expect(html).toMatch(/enctype="multipart\/form-data"/i);
    expect(html).toMatch(/name="categoryId"[^>]*value="[0-9a-f-]{36}"/);
    expect(html).toMatch(/type="file"[^>]*name="photos"|name="photos"[^>]*type="file"/);
    expect(text(html)).toContain('Mijn contactgegevens worden alleen gebruikt');
    expect(html).toContain('name="website"');
  });

  it('takes a report with a photo without JavaScript and lands on the private page with the reference', async () => {
    const b = new PageBrowser(t);
    const photo = await jpegWithGps(200, 150);
    const res = await postForm(
      b,
      form,
      fields({ contactName: 'Wim', contactEmail: 'wim@example.org', consent: 'yes' }),
      [{ name: 'IMG_2040.jpg', type: 'image/jpeg', bytes: photo }],
    );
    expect(res.status).toBe(302);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/meldingen\/volgen\/[A-Za-z0-9_-]{40,}\?nieuw=1$/);
    const row = await itemByToken(location);
    expect(row).toMatchObject({ channel: 'web', status: 'received', contact_email: 'wim@example.org' });

    const followRes = await b.get(location);
    expect(followRes.status).toBe(200);
    expect(followRes.headers.get('cache-control')).toContain('no-store');
    const html = await followRes.text();
    const page = text(html);
    expect(page).toContain('Bedankt, uw melding is ontvangen');
    expect(page).toContain(`Uw meldingsnummer is ${row.reference}.`);
    expect(page).toContain('We hebben de link ook naar uw e-mailadres gestuurd.');
    expect(page).toContain('Afdeling Openbare Ruimte is verantwoordelijk voor uw melding.');
    expect(page).toContain('Ontvangen');
    expect(html).toContain(location.replace('?nieuw=1', ''));

    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('recipient', '=', 'wim@example.org')
      .executeTakeFirstOrThrow();
    expect(mail.body_text).toContain(location.replace('?nieuw=1', ''));

    // The photo: for the resident by the token in the link, for staff who may read the item.
    const src = html.match(/<img[^>]*src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(src).toMatch(/^\/meldingen\/bestanden\/[0-9a-f-]{36}\?t=/);
    const image = await b.get(src);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect(image.headers.get('content-disposition')).toMatch(/^inline; filename="M-\d{4}-\d{6}-foto-/);
    expect(image.headers.get('cache-control')).toContain('private');
    const bytes = new Uint8Array(await image.arrayBuffer());
    expect(hasGpsIfd((await sharp(bytes).metadata()).exif)).toBe(false);
    const bare = src.replace(/\?t=.*/, '');
    expect((await new PageBrowser(t).get(bare)).status).toBe(404);
    expect((await new PageBrowser(t).get(`${bare}?t=wrong-token-wrong-token-000`)).status).toBe(404);
    const coordinator = await signedInBrowser(t, demoEmails.coordinator, 'demo-regie-2026');
    expect((await coordinator.get(bare)).status).toBe(200);
    const partner = await signedInBrowser(t, demoEmails.corporation, 'demo-woonstichting-2026');
    expect((await partner.get(bare)).status).toBe(404);
  });

  it('refuses a file that is not a photo, or too large, and keeps what was typed', async () => {
    const before = await countItems();
    const typed = fields({
      title: 'Scheve tegel buurthuis',
      contactEmail: 'anna@example.org',
      consent: 'yes',
    });
    const res = await postForm(new PageBrowser(t), form, typed, [
      { name: 'aanvraag.pdf', type: 'image/jpeg', bytes: new TextEncoder().encode('%PDF-1.4 geen foto') },
    ]);
    expect(res.status).toBe(400);
    const html = await res.text();
    const page = text(html);
    expect(page).toContain('‘aanvraag.pdf’ is geen foto in JPEG, PNG of WebP. Kies een ander bestand.');
    expect(page).toContain('Kies uw foto’s opnieuw');
    expect(html).toContain('href="#field-photos"');
    expect(html).toContain('Gevaarlijk voor rollators.</textarea>');
    expect(html).toContain('value="Scheve tegel buurthuis"');
    expect(html).toContain('value="anna@example.org"');
    expect(html).toMatch(/<option value="BU99990202" selected="">/);
    const radio = html.match(new RegExp(`<input[^>]*value="${f.categories.pavement}"[^>]*>`))?.[0] ?? '';
    expect(radio).toContain('checked=""');

    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set(await jpegWithGps(), 0);
    const tooBig = await postForm(new PageBrowser(t), form, typed, [
      { name: 'groot.jpg', type: 'image/jpeg', bytes: big },
    ]);
    expect(tooBig.status).toBe(400);
    const bigHtml = await tooBig.text();
    expect(text(bigHtml)).toContain('‘groot.jpg’ is groter dan 5 MB. Kies een kleinere foto.');
    expect(bigHtml).toContain('value="Scheve tegel buurthuis"');
    expect(await countItems()).toBe(before);
  });

  it('explains every mistake at its field', async () => {
    const res = await postForm(new PageBrowser(t), form, {
      description: 'kort',
      contactEmail: 'geen-adres',
      contactName: 'Piet',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    for (const field of ['categoryId', 'description', 'areaCode', 'contactEmail', 'consent'])
      expect(html).toContain(`href="#field-${field}"`);
    expect(text(html)).toContain('Geef toestemming, of laat de contactgegevens leeg.');
  });

  it('makes one item of a double submission (same idempotency key) and leads both to the same page', async () => {
    const b = new PageBrowser(t);
    const page = await (await b.get(form)).text();
    const key = page.match(/name="idempotencyKey" value="([^"]+)"/)?.[1] ?? '';
    const before = await countItems();
    const send = () => postForm(b, form, fields({ idempotencyKey: key }));
    const first = await send();
    const second = await send();
    expect(first.status).toBe(302);
    expect(second.status).toBe(302);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(await countItems()).toBe(before + 1);
  });

  it('answers a bot that fills in the honeypot as usual and keeps nothing', async () => {
    const before = await countItems();
    const res = await postForm(new PageBrowser(t), form, fields({ website: 'https://spam.example' }));
    expect(res.status).toBe(302);
    expect(await countItems()).toBe(before);
    expect((await new PageBrowser(t).get(res.headers.get('location') ?? '/')).status).toBe(404);
  });
});

describe('the follow page', () => {
  async function submitted() {
    const b = new PageBrowser(t);
    const res = await postForm(b, form, fields());
    const location = (res.headers.get('location') ?? '').replace('?nieuw=1', '');
    return { b, location, row: await itemByToken(location) };
  }

  it('says so when the link does not work', async () => {
    const res = await new PageBrowser(t).get('/meldingen/volgen/dit-is-geen-geldige-link-00000');
    expect(res.status).toBe(404);
    expect(text(await res.text())).toContain('Deze link werkt niet (meer).');
  });

  it('lets the resident answer a question, after which the item goes on', async () => {
    const { b, location, row } = await submitted();
    const db = initiativesDb(t.ctx.db);
    await db
      .updateTable('initiative_items')
      .set({ status: 'awaiting_resident' })
      .where('id', '=', row.id)
      .execute();
    await db
      .insertInto('initiative_events')
      .values({
        municipality_id: row.municipality_id,
        item_id: row.id,
        event: 'question',
        from_status: 'received',
        to_status: 'awaiting_resident',
        reason: 'Aan welke kant van de ingang ligt de tegel?',
        public_text: 'We hebben een vraag: Aan welke kant van de ingang ligt de tegel?',
        actor_label: 'Priya Ramdin',
      })
      .execute();
    const page = text(await (await b.get(location)).text());
    expect(page).toContain('Wij hebben een vraag aan u');
    expect(page).toContain('Aan welke kant van de ingang ligt de tegel?');
    expect(page).not.toContain('Priya Ramdin');

    const empty = await b.submit(location, { intent: 'answer', text: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('href="#field-text"');

    const answered = await b.submit(location, { intent: 'answer', text: 'Links, naast de fietsenrekken.' });
    expect(answered.status).toBe(302);
    expect(answered.headers.get('location')).toBe(`${location}?gedaan=beantwoord`);
    expect(
      (
        await db
          .selectFrom('initiative_items')
          .select('status')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('in_progress');
    const after = text(await (await b.get(`${location}?gedaan=beantwoord`)).text());
    expect(after).toContain('Bedankt. Uw antwoord is doorgegeven');
    expect(after).not.toContain('Wij hebben een vraag aan u');
  });

  it('shows the answer after closing and asks whether the resident is satisfied, once', async () => {
    const { b, location, row } = await submitted();
    const db = initiativesDb(t.ctx.db);
    await db
      .updateTable('initiative_items')
      .set({
        status: 'done',
        decision: 'granted',
        answer: 'De tegel is vandaag rechtgelegd.',
        decided_at: new Date(),
        closed_at: new Date(),
      })
      .where('id', '=', row.id)
      .execute();
    const html = await (await b.get(location)).text();
    expect(text(html)).toContain('De tegel is vandaag rechtgelegd.');
    expect(text(html)).toContain('Bent u tevreden over de afhandeling?');

    const none = await b.submit(location, { intent: 'rate', reason: '' });
    expect(none.status).toBe(400);
    expect(text(await none.text())).toContain('Kies of u tevreden bent.');

    const rated = await b.submit(location, { intent: 'rate', satisfied: 'yes', reason: 'Snel en netjes.' });
    expect(rated.status).toBe(302);
    const ratings = await db
      .selectFrom('initiative_ratings')
      .selectAll()
      .where('item_id', '=', row.id)
      .execute();
    expect(ratings).toMatchObject([{ satisfied: true, reason: 'Snel en netjes.' }]);
    const after = text(await (await b.get(location)).text());
    expect(after).toContain('U gaf aan: Ja, ik ben tevreden.');
    expect(after).not.toContain('Oordeel versturen');
  });
});

describe('registering on behalf of a resident', () => {
  it('is for staff and partners only', async () => {
    expect((await new PageBrowser(t).get('/meldingen/registreren')).status).toBe(302);
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect((await resident.get('/meldingen/registreren')).status).toBe(403);
  });

  it('registers a phone call with the resident’s consent and gives the link to pass on', async () => {
    const b = await signedInBrowser(t, demoEmails.department, 'demo-openbareruimte-2026');
    const html = await (await b.get('/meldingen/registreren?soort=signal')).text();
    expect(html).toMatch(/<select[^>]*name="channel"/);
    const res = await postForm(
      b,
      '/meldingen/registreren?soort=signal',
      fields({
        channel: 'phone',
        contactName: 'mevrouw Jansen',
        contactPhone: '020 1234567',
        consent: 'yes',
      }),
    );
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toMatch(/Melding M-\d{4}-\d{6} is geregistreerd/);
    const reference = page.match(/M-\d{4}-\d{6}/)?.[0] ?? '';
    const row = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_items')
      .selectAll()
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'phone',
      contact_phone: '020 1234567',
      registered_by: await personId(t.ctx.db, demoEmails.department),
    });
    expect(page).toContain('/meldingen/volgen/');
  });
});
