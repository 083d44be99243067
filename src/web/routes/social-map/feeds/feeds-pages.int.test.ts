import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { feedDb } from '../../../../modules/social-map/feeds/feeds.tables.ts';
import { configureFeedFetching } from '../../../../modules/social-map/feeds/sync-feed.ts';

// The feed pages over HTTP without JavaScript: the list with states in words, registering a feed
// (with its errors), one feed with "nu ophalen", changing and removing it after a confirmation;
// and who may see what. The demo brings one feed (Buurthuis De Schakel) with synced items.

const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//NL',
  'BEGIN:VEVENT',
  'UID:taalcafe@test',
  'DTSTART;TZID=Europe/Amsterdam:20260302T190000',
  'DTEND;TZID=Europe/Amsterdam:20260302T203000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO',
  'SUMMARY:Taalcafé',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let t: TestApp;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/taal.ics') res.writeHead(200, { 'content-type': 'text/calendar' }).end(calendar);
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  configureFeedFetching({ allowPrivateNetwork: true, timeoutMs: 3_000 });
  t = await createTestApp({ template: 'full', pages: true });
});

afterAll(async () => {
  configureFeedFetching({ allowPrivateNetwork: false, timeoutMs: 10_000 });
  await t?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const list = '/sociale-kaart/agenda-koppelingen';

async function demoFeedId(): Promise<string> {
  const row = await feedDb(t.ctx.db)
    .selectFrom('social_map_feeds')
    .select('id')
    .where('name', '=', 'Agenda Buurthuis De Schakel')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('feed pages', () => {
  it('send visitors who are not signed in to the sign-in page', async () => {
    const res = await new PageBrowser(t).get(list);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/inloggen\?next=/);
  });

  it('show the demo feed with its state in words to the editors of its area', async () => {
    const officer = await signedInBrowser(
      t,
      'wijkambtenaar.noordoost@voorbeeld.example',
      'demo-noordoost-2026',
    );
    const page = pageText(await (await officer.get(list)).text());
    expect(page).toContain('Agenda Buurthuis De Schakel');
    expect(page).toContain('In orde');
    const detail = await officer.get(`${list}/${await demoFeedId()}`);
    expect(detail.status).toBe(200);
    const text = pageText(await detail.text());
    expect(text).toContain('https://agenda.deschakel.example/agenda.ics');
    expect(text).toContain('Niet gepland'); // an example address is never polled
    expect(text).toMatch(/Activiteiten op de kaart 5/);
    const en = pageText(await (await officer.get(`${list}?lang=en`)).text());
    expect(en).toContain('Calendar feeds');
    expect(en).toContain('OK');
  });

  it("hide other people's feeds from a resident, and from an officer of another area", async () => {
    const id = await demoFeedId();
    const resident = await signedInBrowser(t, 'bewoner@voorbeeld.example', 'demo-bewoner-2026');
    expect(pageText(await (await resident.get(list)).text())).not.toContain('Buurthuis De Schakel');
    expect((await resident.get(`${list}/${id}`)).status).toBe(404);
    expect((await resident.get(`${list}/niet-een-id`)).status).toBe(404);
    const centrum = await signedInBrowser(t, 'wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
    expect((await centrum.get(`${list}/${id}`)).status).toBe(404);
  });

  it('let a resident register a feed, fetch it now, change it and remove it', async () => {
    const resident = await signedInBrowser(t, 'bewoner@voorbeeld.example', 'demo-bewoner-2026');
    const form = await resident.get(`${list}/nieuw`);
    expect(form.status).toBe(200);

    const bad = await resident.submit(`${list}/nieuw`, {
      name: '',
      url: 'geen adres',
      intervalMinutes: '360',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(pageText(badHtml)).toContain('Vul een webadres in dat begint met https://, http:// of webcal://.');
    expect(badHtml).toContain('value="geen adres"'); // what was typed stays
    expect(
      await feedDb(t.ctx.db)
        .selectFrom('social_map_feeds')
        .select('id')
        .where('name', '=', 'Taalcafé')
        .execute(),
    ).toEqual([]);

    const created = await resident.submit(`${list}/nieuw`, {
      name: 'Taalcafé',
      url: `${base}/taal.ics`,
      organisationId: '',
      areaCode: 'WK999901',
      themes: ['ontmoeting'],
      intervalMinutes: '1440',
    });
    expect(created.status).toBe(302);
    const path = (created.headers.get('location') ?? '').split('?')[0] ?? '';
    expect(path).toMatch(/^\/sociale-kaart\/agenda-koppelingen\/[0-9a-f-]{36}$/);
    expect(pageText(await (await resident.get(path)).text())).toContain('Nog niet opgehaald');

    const fetched = await resident.submit(path, { intent: 'fetch' });
    expect(fetched.status).toBe(200);
    const fetchedText = pageText(await fetched.text());
    expect(fetchedText).toContain('Opgehaald: 1 nieuw, 0 gewijzigd, 0 verwijderd, 0 ongewijzigd.');
    expect(fetchedText).toContain('In orde');

    const changed = await resident.submit(path, {
      intent: 'update',
      name: 'Taalcafé Centrum',
      url: `${base}/weg.ics`,
      areaCode: 'WK999901',
      intervalMinutes: '360',
    });
    expect(changed.status).toBe(302);
    const failed = pageText(await (await resident.submit(path, { intent: 'fetch' })).text());
    expect(failed).toContain('Ophalen is niet gelukt: De server van de agenda gaf een foutmelding.');
    expect(failed).toContain('Fout bij ophalen');
    expect(failed).toContain('HTTP 404 Not Found');

    const confirm = pageText(await (await resident.get(`${path}?verwijderen=1`)).text());
    expect(confirm).toContain('Weet u het zeker?');
    const removed = await resident.submit(`${path}?verwijderen=1`, { intent: 'delete' });
    expect(removed.status).toBe(302);
    expect(removed.headers.get('location')).toBe(`${list}?verwijderd=1`);
    expect((await resident.get(path)).status).toBe(404);
  });
});
