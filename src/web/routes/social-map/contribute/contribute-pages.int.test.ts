import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { anonymous } from '../../../../core/permissions/actor.ts';
import { getAsset } from '../../../../modules/social-map/get-asset.ts';
import { personalDataLinkToken } from '../../../../modules/social-map/personal-data.ts';
import { expiresIn, signToken } from '../../../../modules/social-map/signed-token.ts';
import { smDb } from '../../../../modules/social-map/social-map.tables.ts';
import { mailsTo, tokenFrom, voorbeeldId } from '../../../../modules/social-map/testing.ts';

// The pages through which residents without an account contribute to the social map, as HTML
// over HTTP without JavaScript: forms that post with the CSRF token, errors that keep what was
// typed, the e-mailed links, and the spam defences (honeypot, rate limit, duplicate warning).

let t: TestApp;
let m: string;
let nextIp = 0;

beforeAll(async () => {
  // Each simulated resident comes from their own address (the rate limits are per address).
  t = await createTestApp({ template: 'full', pages: true, env: { TRUST_PROXY: 'true' } });
  m = await voorbeeldId(t.ctx.db);
});
afterAll(() => t.close());

/** A resident's browser without JavaScript: cookies kept, its own IP address. */
class Resident {
  cookies = new Map<string, string>();
  ip = `198.51.100.${++nextIp}`;

  async get(path: string): Promise<Response> {
    return this.keep(await t.request(path, { headers: this.headers(), redirect: 'manual' }));
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    const headers = { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' };
    return this.keep(await t.request(path, { method: 'POST', headers, body, redirect: 'manual' }));
  }

  /** Loads the page, then posts its form with the page's CSRF token (and idempotency key). */
  async submit(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const page = await (await this.get(path)).text();
    const key = page.match(/name="idempotencyKey" value="([^"]+)"/)?.[1];
    return this.post(path, { _csrf: csrfFrom(page), ...(key ? { idempotencyKey: key } : {}), ...fields });
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { 'x-forwarded-for': this.ip, ...(cookie ? { cookie } : {}) };
  }

  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  }
}

function csrfFrom(html: string): string {
  const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!token) throw new Error('no _csrf field in the page');
  return token;
}

function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function counts() {
  const db = smDb(t.ctx.db);
  const n = async (
    table: 'social_map_submissions' | 'social_map_assets' | 'outbox_messages' | 'social_map_reports',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    submissions: await n('social_map_submissions'),
    assets: await n('social_map_assets'),
    mails: await n('outbox_messages'),
    reports: await n('social_map_reports'),
  };
}

const group = {
  kind: 'group',
  title: 'Breiclub Noorderhof',
  summary: 'Elke week samen breien en haken, met koffie.',
  formality: 'informal',
  themes: ['ontmoeting'],
  targetGroups: ['ouderen'],
  locationType: 'area',
  areaCode: 'BU99990202',
  costFree: 'yes',
  scheduleRepeat: 'none',
  submitterName: 'Fatima',
  submitterEmail: 'fatima@example.org',
  consent: 'yes',
};

/** A weekly activity in Oosterpark, where the map is open (published at once, checked afterwards). */
const activity = {
  kind: 'activity',
  title: 'Schaakavond Oosterpark',
  summary: 'Elke dinsdagavond schaken voor beginners en gevorderden.',
  formality: 'informal',
  themes: ['ontmoeting'],
  targetGroups: ['iedereen'],
  locationType: 'address',
  street: 'Parklaan 12',
  postalCode: '9999 ZZ',
  city: 'Voorbeeld',
  areaCode: 'BU99990401',
  scheduleDate: '2026-03-03',
  scheduleStartTime: '19:30',
  scheduleEndTime: '22:00',
  scheduleRepeat: 'weekly',
  scheduleUntil: '2026-12-29',
  scheduleExceptions: '2026-04-28',
  costFree: 'no',
  costText: '€ 1 per avond',
  languages: ['nl', 'en'],
  accessibility: ['wheelchair'],
  contactEmail: 'schaak@example.org',
  submitterEmail: 'kees@example.org',
  consent: 'yes',
};

async function confirmLink(email: string): Promise<string> {
  const last = (await mailsTo(t.ctx.db, email, 'social-map-submission')).at(-1);
  if (!last) throw new Error(`no confirmation mail to ${email}`);
  return `/sociale-kaart/bevestigen/${tokenFrom(last.body_text, 'bevestigen')}`;
}

describe('submitting an item without an account', () => {
  it('shows the form in Dutch and English, with the taxonomy, the buurten and a hidden trap', async () => {
    const nl = await (await new Resident().get('/sociale-kaart/aanmelden')).text();
    expect(text(nl)).toContain('Aanmelden voor de sociale kaart');
    expect(nl).toContain('value="ontmoeting"');
    expect(nl).toContain('value="BU99990202"');
    expect(nl).not.toContain('value="key_person"');
    const trap = nl.match(/<input[^>]*name="homepage"[^>]*>/)?.[0] ?? '';
    expect(trap).toMatch(/tabindex="-1"/);
    expect(trap).toMatch(/autocomplete="off"/i);
    expect(text(nl)).toContain('Laat dit veld leeg');
    const en = await (await new Resident().get('/sociale-kaart/aanmelden?lang=en')).text();
    expect(text(en)).toContain('Add to the social map');
    expect(text(en)).toContain('Leave this field empty');
  });

  it('goes: form → check your e-mail → the mailed link shows a button → confirmed, waiting for the editors', async () => {
    const before = await counts();
    const r = new Resident();
    const res = await r.submit('/sociale-kaart/aanmelden', group);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sociale-kaart/aanmelden?verzonden=1');
    expect(text(await (await r.get('/sociale-kaart/aanmelden?verzonden=1')).text())).toContain(
      'Kijk in uw e-mail',
    );
    expect((await counts()).submissions).toBe(before.submissions + 1);

    const link = await confirmLink('fatima@example.org');
    // Opening the link (as a mail scanner would) changes nothing.
    const page = await r.get(link);
    expect(page.status).toBe(200);
    expect(text(await page.text())).toContain('Ja, bevestig mijn aanmelding');
    expect((await counts()).assets).toBe(before.assets);

    const confirmed = await r.submit(link, {});
    expect(confirmed.status).toBe(200);
    expect(text(await confirmed.text())).toContain('Een redacteur bekijkt uw aanmelding');
    expect((await counts()).assets).toBe(before.assets + 1);

    const again = await r.submit(link, {});
    expect(text(await again.text())).toContain('al bevestigd');
    expect((await counts()).assets).toBe(before.assets + 1);
  });

  it('turns a weekly schedule in plain fields into a recurrence, published at once under an open policy', async () => {
    const r = new Resident();
    expect((await r.submit('/sociale-kaart/aanmelden?lang=en', activity)).status).toBe(302);
    const mail = (await mailsTo(t.ctx.db, 'kees@example.org', 'social-map-submission')).at(-1);
    expect(mail?.subject).toMatch(/confirm/i);
    const confirmed = await r.submit(await confirmLink('kees@example.org'), {});
    const html = await confirmed.text();
    expect(text(html)).toContain('Your submission is on the social map now');
    const id = html.match(/href="\/sociale-kaart\/([0-9a-f-]{36})"/)?.[1] ?? '';
    const asset = await getAsset(t.ctx.db, anonymous(m), id);
    expect(asset).toMatchObject({
      kind: 'activity',
      title: 'Schaakavond Oosterpark',
      address: { street: 'Parklaan 12', postalCode: '9999 ZZ', city: 'Voorbeeld' },
      costFree: false,
      costText: '€ 1 per avond',
      languages: ['nl', 'en'],
      accessibility: ['wheelchair'],
      contact: [{ type: 'email', value: 'schaak@example.org' }],
      schedules: [
        {
          start: '2026-03-03T19:30',
          durationMinutes: 150,
          rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261229T193000',
          exdates: ['2026-04-28T19:30'],
        },
      ],
    });
    expect(asset.area.code).toBe('BU99990401');
  });

  it('submits once when the same form is posted twice (idempotency key)', async () => {
    const r = new Resident();
    const page = await (await r.get('/sociale-kaart/aanmelden')).text();
    const key = page.match(/name="idempotencyKey" value="([^"]+)"/)?.[1] ?? '';
    const fields = { ...group, title: 'Leesclub Molenveld', submitterEmail: 'twice@example.org' };
    const post = () =>
      r.post('/sociale-kaart/aanmelden', { _csrf: csrfFrom(page), idempotencyKey: key, ...fields });
    expect((await post()).status).toBe(302);
    expect((await post()).status).toBe(302);
    expect(await mailsTo(t.ctx.db, 'twice@example.org')).toHaveLength(1);
  });

  it('answers bad input with 400, the messages, every value kept, and nothing written', async () => {
    const before = await counts();
    const cases: Array<{ fields: Record<string, string | string[]>; field: string; says: string }> = [
      { fields: { ...group, title: '' }, field: 'title', says: 'Vul dit veld in' },
      { fields: { ...group, kind: '' }, field: 'kind', says: 'Kies een van de mogelijkheden' },
      {
        fields: { ...group, submitterEmail: '' },
        field: 'submitterEmail',
        says: 'Vul een geldig e-mailadres in',
      },
      {
        fields: { ...group, submitterEmail: 'fatima@' },
        field: 'submitterEmail',
        says: 'geldig e-mailadres',
      },
      { fields: { ...group, consent: '' }, field: 'consent', says: 'Geef toestemming' },
      { fields: { ...group, title: 'x'.repeat(201) }, field: 'title', says: 'maximaal 200 tekens' },
      { fields: { ...group, validFrom: '31-02-2026' }, field: 'validFrom', says: 'Vul een datum in' },
      {
        fields: { ...group, validFrom: '2026-06-01', validUntil: '2026-05-01' },
        field: 'validUntil',
        says: 'De einddatum ligt voor de begindatum',
      },
      {
        fields: { ...activity, scheduleEndTime: '18:00' },
        field: 'scheduleEndTime',
        says: 'eindtijd ligt niet na',
      },
      {
        fields: { ...activity, scheduleStartTime: '7 uur' },
        field: 'scheduleStartTime',
        says: 'Vul een tijd in',
      },
      {
        fields: { ...activity, scheduleUntil: '2025-01-01' },
        field: 'scheduleUntil',
        says: 'voor de eerste datum',
      },
      {
        fields: { ...activity, scheduleExceptions: '2026-04-29' },
        field: 'scheduleExceptions',
        says: 'geen activiteit volgens de herhaling',
      },
      { fields: { ...activity, scheduleRepeat: 'hourly' }, field: 'scheduleRepeat', says: 'Kies een van de' },
      { fields: { ...activity, postalCode: '12345' }, field: 'postalCode', says: 'postcode' },
      {
        fields: { ...activity, contactEmail: 'geen-adres' },
        field: 'contactEmail',
        says: 'geldig e-mailadres',
      },
      { fields: { ...group, themes: ['bestaat-niet'] }, field: 'themes', says: 'Kies een van de' },
      { fields: { ...group, areaCode: 'BU00000000' }, field: 'areaCode', says: 'Kies een van de' },
      { fields: { ...group, costFree: 'no' }, field: 'costText', says: 'Vul dit veld in' },
    ];
    const r = new Resident();
    for (const c of cases) {
      const res = await r.submit('/sociale-kaart/aanmelden', c.fields);
      const html = await res.text();
      expect(res.status, c.field).toBe(400);
      expect(text(html), c.field).toContain(c.says);
      // The error summary links to the field.
      expect(html, c.field).toContain(`href="#field-${c.field}"`);
      // What was typed is still there.
      if (c.fields.summary) expect(html, c.field).toContain(`value="${c.fields.summary}"`);
    }
    expect(await counts()).toEqual(before);
  });

  it('takes a filled-in honeypot like any submission, and keeps nothing', async () => {
    const before = await counts();
    const res = await new Resident().submit('/sociale-kaart/aanmelden', {
      ...group,
      submitterEmail: 'bot@example.org',
      homepage: 'https://spam.example',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sociale-kaart/aanmelden?verzonden=1');
    expect(await counts()).toEqual(before);
  });

  it('warns about an item that looks the same, with a link, and submits when told it is different', async () => {
    const r = new Resident();
    const twin = {
      ...group,
      title: 'Buurtkoor Havenklank',
      areaCode: 'BU99990102',
      submitterEmail: 'zanger@example.org',
    };
    const res = await r.submit('/sociale-kaart/aanmelden', twin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(text(html)).toContain('Bestaat dit misschien al?');
    expect(html).toMatch(/href="\/sociale-kaart\/[0-9a-f-]{36}">Buurtkoor Havenklanken</);
    expect(html).toContain('value="Buurtkoor Havenklank"');
    expect(await mailsTo(t.ctx.db, 'zanger@example.org')).toHaveLength(0);
    const anyway = await r.submit('/sociale-kaart/aanmelden', { ...twin, notDuplicate: 'yes' });
    expect(anyway.status).toBe(302);
    expect(await mailsTo(t.ctx.db, 'zanger@example.org')).toHaveLength(1);
  });

  it('refuses a post without the CSRF token', async () => {
    const before = await counts();
    const res = await new Resident().post('/sociale-kaart/aanmelden', group);
    expect(res.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('answers too many submissions from one address with a 429 page', async () => {
    const r = new Resident();
    const trap = { ...group, homepage: 'x' };
    for (let i = 0; i < 10; i++) expect((await r.submit('/sociale-kaart/aanmelden', trap)).status).toBe(302);
    const res = await r.submit('/sociale-kaart/aanmelden', group);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    const html = await res.text();
    expect(text(html)).toContain('Te veel verzoeken');
    expect(html).toContain('value="Breiclub Noorderhof"');
  });

  it('says so when a confirmation link is wrong, without a server error', async () => {
    const r = new Resident();
    for (const token of ['x'.repeat(30), 'kort']) {
      const link = `/sociale-kaart/bevestigen/${token}`;
      expect((await r.get(link)).status).toBe(200);
      const res = await r.submit(link, {});
      expect(res.status).toBe(410);
      expect(text(await res.text())).toContain('Deze link is ongeldig of verlopen');
    }
  });
});

async function publishedId(title: string): Promise<string> {
  const row = await smDb(t.ctx.db)
    .selectFrom('social_map_assets')
    .select('id')
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('reporting an error or abuse', () => {
  it('shows the form for a visible item, 404 for anything else', async () => {
    const r = new Resident();
    const id = await publishedId('Buurtkoor Havenklanken');
    const res = await r.get(`/sociale-kaart/${id}/melden?lang=en`);
    expect(res.status).toBe(200);
    expect(text(await res.text())).toContain('Report an error or abuse');
    expect((await r.get('/sociale-kaart/00000000-0000-4000-8000-000000000000/melden')).status).toBe(404);
    expect((await r.get('/sociale-kaart/geen-id/melden')).status).toBe(404);
    // A key person without consent does not exist for the public.
    expect((await r.get(`/sociale-kaart/${await publishedId('Samir Bouzid')}/melden`)).status).toBe(404);
  });

  it('takes a report, thanks the reporter, and refuses bad input with the values kept', async () => {
    const r = new Resident();
    const id = await publishedId('Taalcafé Centrum');
    const path = `/sociale-kaart/${id}/melden`;
    const before = await counts();
    const missing = await r.submit(path, { message: 'De tijden kloppen niet.', email: '' });
    expect(missing.status).toBe(400);
    const html = await missing.text();
    expect(html).toContain('href="#field-reason"');
    expect(html).toContain('De tijden kloppen niet.');
    const badEmail = await r.submit(path, { reason: 'error', message: 'x', email: 'nee' });
    expect(badEmail.status).toBe(400);
    expect(text(await badEmail.text())).toContain('geldig e-mailadres');
    const tooLong = await r.submit(path, { reason: 'error', message: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(await counts()).toEqual(before);

    const ok = await r.submit(path, {
      reason: 'error',
      message: 'Het is nu op donderdag.',
      email: 'melder@example.org',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`${path}?verzonden=1`);
    expect(text(await (await r.get(`${path}?verzonden=1`)).text())).toContain('Dank u wel voor uw melding');
    expect((await counts()).reports).toBe(before.reports + 1);

    const trap = await new Resident().submit(path, { reason: 'abuse', homepage: 'spam' });
    expect(trap.status).toBe(302);
    expect((await counts()).reports).toBe(before.reports + 1);
  });

  it('limits reports per address (429) and refuses a post without CSRF (403)', async () => {
    const r = new Resident();
    const path = `/sociale-kaart/${await publishedId('Repair Café Centrum')}/melden`;
    for (let i = 0; i < 10; i++) await r.submit(path, { reason: 'other', homepage: 'x' });
    const res = await r.submit(path, { reason: 'other', message: 'nog een' });
    expect(res.status).toBe(429);
    expect(text(await res.text())).toContain('Te veel verzoeken');
    expect((await new Resident().post(path, { reason: 'other' })).status).toBe(403);
  });
});

describe('"still correct" from the freshness reminder', () => {
  it('shows a button and an edit link; the click marks the item verified', async () => {
    const id = await publishedId('Wandelgroep Marktkwartier');
    const token = signToken(t.ctx.secret, { p: 'verify', m, s: id, exp: expiresIn(7) });
    const r = new Resident();
    const page = await r.get(`/sociale-kaart/nog-actueel/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(text(html)).toContain('Ja, alles klopt nog');
    expect(html).toContain(`href="/sociale-kaart/${id}/bewerken"`);
    const before = await getAsset(t.ctx.db, anonymous(m), id);
    expect(before.freshness).not.toBe('fresh');

    const done = await r.submit(`/sociale-kaart/nog-actueel/${token}`, {});
    expect(done.status).toBe(200);
    expect(text(await done.text())).toContain('“Wandelgroep Marktkwartier” staat weer als actueel');
    expect((await getAsset(t.ctx.db, anonymous(m), id)).freshness).toBe('fresh');
  });

  it('answers a wrong or expired link with a friendly 410', async () => {
    const id = await publishedId('Wandelgroep Marktkwartier');
    const expired = signToken(t.ctx.secret, { p: 'verify', m, s: id, exp: 1 });
    const r = new Resident();
    for (const token of [expired, 'niet-van-ons']) {
      const res = await r.get(`/sociale-kaart/nog-actueel/${token}`);
      expect(res.status).toBe(410);
      expect(text(await res.text())).toContain('Deze link is ongeldig of verlopen');
    }
    const posted = await r.post(`/sociale-kaart/nog-actueel/${expired}`, {
      _csrf: csrfFrom(await (await r.get('/sociale-kaart/mijn-gegevens')).text()),
    });
    expect(posted.status).toBe(410);
  });
});

describe('my data', () => {
  it('gives the same answer for a known and an unknown address; only a known one gets a mail', async () => {
    const r = new Resident();
    for (const email of ['onbekend@example.org', 'fatima@example.org']) {
      const res = await r.submit('/sociale-kaart/mijn-gegevens', { email });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/sociale-kaart/mijn-gegevens?verzonden=1');
    }
    expect(await mailsTo(t.ctx.db, 'onbekend@example.org')).toHaveLength(0);
    expect(await mailsTo(t.ctx.db, 'fatima@example.org', 'social-map-personal-data')).toHaveLength(1);
    const bad = await r.submit('/sociale-kaart/mijn-gegevens', { email: 'fatima' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('value="fatima"');
  });

  it('follows the mailed link: see, download, then remove after a confirmation step', async () => {
    const r = new Resident();
    await r.submit('/sociale-kaart/mijn-gegevens', { email: 'kees@example.org' });
    const mail = (await mailsTo(t.ctx.db, 'kees@example.org', 'social-map-personal-data')).at(-1);
    const link = `/sociale-kaart/mijn-gegevens/${tokenFrom(mail?.body_text ?? '', 'mijn-gegevens')}`;
    const view = await r.get(link);
    expect(view.status).toBe(200);
    const html = text(await view.text());
    expect(html).toContain('kees@example.org');
    expect(html).toContain('Schaakavond Oosterpark');

    const download = await r.get(`${link}/download`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    const json = JSON.parse(await download.text());
    expect(json.email).toBe('kees@example.org');
    expect(json.submissions[0].title).toBe('Schaakavond Oosterpark');

    const ask = await r.get(`${link}?verwijderen=1`);
    expect(text(await ask.text())).toContain('Ja, verwijder mijn gegevens');
    const removed = await r.submit(`${link}?verwijderen=1`, { intent: 'remove' });
    expect(removed.status).toBe(302);
    const after = text(await (await r.get(removed.headers.get('location') ?? '')).text());
    expect(after).toContain('Uw gegevens zijn verwijderd');
    expect(after).toContain('Wij bewaren geen gegevens over dit e-mailadres');
    console.log(
      'DBG',
      await smDb(t.ctx.db)
        .selectFrom('social_map_assets')
        .select(['title', 'status'])
        .where('title', 'like', '%chaak%')
        .execute(),
    );
    // The item stays on the map.
    expect((await getAsset(t.ctx.db, anonymous(m), await publishedId('Schaakavond Oosterpark'))).title).toBe(
      'Schaakavond Oosterpark',
    );
  });

  it('lets a key person withdraw their consent: off the public map at once', async () => {
    const email = 'ria.hendriks@buurt.voorbeeld.example';
    const ria = await publishedId('Ria Hendriks');
    expect((await getAsset(t.ctx.db, anonymous(m), ria)).publiclyVisible).toBe(true);
    const link = `/sociale-kaart/mijn-gegevens/${personalDataLinkToken(t.ctx, m, email)}`;
    const r = new Resident();
    const page = await (await r.get(link)).text();
    const html = text(page);
    expect(html).toContain('Als sleutelfiguur');
    expect(html).toContain('Ik vind het goed dat mijn naam');
    const res = await r.submit(link, { intent: 'withdraw', assetId: ria, purpose: 'publication' });
    expect(res.status).toBe(302);
    expect(text(await (await r.get(res.headers.get('location') ?? '')).text())).toContain(
      'Uw toestemming is ingetrokken',
    );
    await expect(getAsset(t.ctx.db, anonymous(m), ria)).rejects.toThrow();
    // Someone else's link cannot touch her entry.
    const other = `/sociale-kaart/mijn-gegevens/${personalDataLinkToken(t.ctx, m, 'fatima@example.org')}`;
    const attempt = { _csrf: csrfFrom(page), intent: 'withdraw', assetId: ria, purpose: 'publication' };
    expect((await r.post(other, attempt)).status).toBe(404);
  });

  it('answers a wrong link with a friendly 410, also for the download', async () => {
    const r = new Resident();
    const res = await r.get('/sociale-kaart/mijn-gegevens/niet-van-ons');
    expect(res.status).toBe(410);
    expect(text(await res.text())).toContain('Vraag een nieuwe link aan');
    expect((await r.get('/sociale-kaart/mijn-gegevens/niet-van-ons/download')).status).toBe(410);
  });
});
