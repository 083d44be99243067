import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { insertTestItems, setPublicMap } from '../../../../modules/initiatives/signals/signals-testing.ts';
import {
  createInitiativesFixture,
  demoEmails,
  type InitiativesFixture,
} from '../../../../modules/initiatives/testing.ts';

// The signals pages as HTML without JavaScript: the dashboard and trends scoped to the officer's
// areas, a wijksignaal made, filled and closed through its forms (the resident is told), and the
// public map that shows nothing without the opt-in and never what residents wrote.

let t: TestApp;
let f: InitiativesFixture;
const ids: string[] = [];
const text = pageText;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  f = await createInitiativesFixture(t.ctx.db);
  const c = f.categories;
  ids.push(
    ...(await insertTestItems(t.ctx.db, f.municipalityId, [
      {
        areaCode: 'BU99990101',
        categoryId: c.pavement,
        lon: 5.1111,
        lat: 52.0911,
        title: 'Tegel voor de bakkerij',
        email: 'r@example.org',
      },
      {
        areaCode: 'BU99990101',
        categoryId: c.pavement,
        deadlineOn: '2020-01-01',
        lon: 5.1112,
        lat: 52.0912,
        title: 'Tweede tegel',
      },
      {
        areaCode: 'BU99990202',
        categoryId: c.litter,
        lon: 5.3,
        lat: 52.3,
        title: 'Afval bij het Noordplein',
        description: 'Mijn buurman Piet dumpt',
      },
    ])),
  );
});
afterAll(() => t.close());

const centrum = () => signedInBrowser(t, demoEmails.officerCentrum, 'demo-centrum-2026');

describe('dashboard and trends', () => {
  it('shows an area officer the figures of their areas only', async () => {
    const b = await centrum();
    const res = await b.get('/meldingen/overzicht');
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain('Overzicht meldingen');
    expect(page).toContain('2 meldingen, ideeën en vragen staan open; 1 daarvan zijn over de termijn');
    expect(page).toContain('Afdeling Openbare Ruimte');
    expect(page).not.toContain('Zwerfafval');
    expect((await b.get('/meldingen/overzicht?gebied=WK999902')).status).toBe(403);
    const trends = await b.get('/meldingen/trends');
    expect(trends.status).toBe(200);
    const trendsText = text(await trends.text());
    expect(trendsText).toContain('Centrum');
    expect(trendsText).not.toContain('Noordhoek');
  });

  it('shows the office everything and sends visitors to sign in', async () => {
    const office = await signedInBrowser(t, demoEmails.coordinator, 'demo-regie-2026');
    const page = text(await (await office.get('/meldingen/overzicht')).text());
    expect(page).toContain('3 reports, ideas and questions are open');
    expect((await new PageBrowser(t).get('/meldingen/overzicht')).status).toBe(302);
    const resident = await signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
    expect((await resident.get('/meldingen/overzicht')).status).toBe(403);
    expect((await resident.get('/meldingen/wijksignalen')).status).toBe(403);
  });
});

describe('a wijksignaal through its forms', () => {
  it('is created, filled, linked or sent, and closed with an outcome the resident reads', async () => {
    const b = await centrum();
    const bad = await b.submit('/meldingen/wijksignalen', {
      areaCode: 'WK999901',
      title: '',
      explanation: 'kort',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('href="#field-title"');
    const created = await b.submit('/meldingen/wijksignalen', {
      areaCode: 'WK999901',
      title: 'Losse tegels bij de winkels',
      explanation: 'Twee meldingen over losse tegels voor de winkels in de Hoofdstraat.',
    });
    expect(created.status).toBe(302);
    const path = (created.headers.get('location') ?? '').split('?')[0] ?? '';
    expect(path).toMatch(/^\/meldingen\/wijksignalen\/[0-9a-f-]{36}$/);
    const page = text(await (await b.get(path)).text());
    expect(page).toContain('Tegel voor de bakkerij');
    expect(page).not.toContain('Afval bij het Noordplein');

    const added = await b.submit(path, {
      intent: 'add',
      version: '1',
      itemIds: [ids[0] ?? '', ids[1] ?? ''],
    });
    expect(added.status).toBe(302);
    const stale = await b.submit(path, {
      intent: 'update',
      version: '1',
      title: 'Nieuw',
      explanation: 'Een nieuwe toelichting hier.',
    });
    expect(stale.status).toBe(409);
    expect(text(await stale.text())).toContain('Iemand anders heeft dit wijksignaal intussen gewijzigd');
    const noTarget = await b.submit(path, { intent: 'send', version: '2', organisationId: '', board: '' });
    expect(noTarget.status).toBe(400);
    const sent = await b.submit(path, {
      intent: 'send',
      version: '2',
      organisationId: '',
      board: 'Wijkraad Centrum',
    });
    expect(sent.status).toBe(302);
    const outcome = await b.submit(path, {
      intent: 'outcome',
      version: '3',
      outcome: 'De wijkraad vraagt de gemeente de stoep in de Hoofdstraat te vernieuwen.',
      close: 'on',
    });
    expect(outcome.status).toBe(302);
    const after = text(await (await b.get(outcome.headers.get('location') ?? path)).text());
    expect(after).toContain(
      'De uitkomst is vastgelegd en staat bij 2 meldingen; 1 melders kregen hem per e-mail.',
    );
    expect(after).toContain('Dit wijksignaal is afgerond.');
    const mail = await t.ctx.db
      .selectFrom('outbox_messages')
      .select('body_text')
      .where('recipient', '=', 'r@example.org')
      .execute();
    expect(mail.some((m) => m.body_text.includes('stoep in de Hoofdstraat te vernieuwen'))).toBe(true);
    const list = text(await (await b.get('/meldingen/wijksignalen')).text());
    expect(list).toContain('Losse tegels bij de winkels');
    expect(list).toContain('Afgerond');
  });
});

describe('the public map', () => {
  it('says there is no map without the opt-in, then shows rounded counts without residents’ words', async () => {
    await setPublicMap(t.ctx.db, f.municipalityId, false);
    const visitor = new PageBrowser(t);
    const off = text(await (await visitor.get('/meldingen/kaart')).text());
    expect(off).toContain('De gemeente publiceert geen kaart van meldingen.');
    expect(off).not.toContain('Losse stoeptegel');
    await setPublicMap(t.ctx.db, f.municipalityId, true);
    const res = await visitor.get('/meldingen/kaart?maanden=12');
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = text(html);
    expect(page).toContain('Losse stoeptegel');
    expect(page).toContain('Zwerfafval');
    for (const secret of [
      'bakkerij',
      'Tweede tegel',
      'Noordplein',
      'Piet',
      'Geheimstraat',
      '5.1111',
      '52.0911',
    ])
      expect(html).not.toContain(secret);
    const pavementOnly = text(await (await visitor.get('/meldingen/kaart?categorie=zwerfafval')).text());
    expect(pavementOnly).toContain('Zwerfafval');
  });
});
