import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousJson, bearerFor, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { mailsTo, tokenFrom } from '../testing.ts';
import {
  anonymousFrom,
  apiTestEnv,
  assetIdByTitle,
  responseValidator,
  withLocale,
} from './social-map-api.testing.ts';

let t: TestApp;
let officer: Record<string, string>; // Centrum (WK999901)
let officerNoord: Record<string, string>; // Noordhoek (WK999902), where Samir is
let resident: Record<string, string>;
let check: ReturnType<typeof responseValidator>;

const base = '/api/v1/social-map';
const riaEmail = 'ria.hendriks@buurt.voorbeeld.example';

beforeAll(async () => {
  t = await createTestApp({ template: 'full', env: apiTestEnv });
  officer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  officerNoord = await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
  check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
});
afterAll(() => t.close());

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  t.request(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const consent = {
  purpose: 'publication',
  consentText: 'Ik geef toestemming om met mijn naam en telefoonnummer op de sociale kaart te staan.',
  givenVia: 'in_person',
};

describe('key person consents', () => {
  it('lets the editor of the area record and withdraw publication consent, which shows and hides the person', async () => {
    const samir = await assetIdByTitle(t, 'Samir Bouzid');
    expect((await t.request(`${base}/assets/${samir}`)).status).toBe(404);

    const recorded = await send('POST', `/assets/${samir}/consents`, jsonWith(officerNoord), consent);
    expect(recorded.status).toBe(201);
    const c = await recorded.json();
    expect(check('/social-map/assets/{id}/consents', 'post', 201, c)).toEqual([]);
    expect(c).toMatchObject({ purpose: 'publication', givenVia: 'in_person', withdrawnAt: null });
    expect((await t.request(`${base}/assets/${samir}`)).status).toBe(200);

    const list = await (
      await t.request(`${base}/assets/${samir}/consents`, { headers: officerNoord })
    ).json();
    expect(check('/social-map/assets/{id}/consents', 'get', 200, list)).toEqual([]);
    expect(list.items.map((x: { id: string }) => x.id)).toEqual([c.id]);

    expect(
      (await send('DELETE', `/assets/${samir}/consents/publication`, jsonWith(officerNoord))).status,
    ).toBe(204);
    expect((await t.request(`${base}/assets/${samir}`)).status).toBe(404);
    const after = await (
      await t.request(`${base}/assets/${samir}/consents`, { headers: officerNoord })
    ).json();
    expect(after.items[0].withdrawnAt).not.toBeNull();
  });

  it('is for the editors of the area only', async () => {
    const samir = await assetIdByTitle(t, 'Samir Bouzid');
    const ria = await assetIdByTitle(t, 'Ria Hendriks');
    expect((await t.request(`${base}/assets/${samir}/consents`)).status).toBe(401);
    expect((await send('POST', `/assets/${samir}/consents`, anonymousJson(t), consent)).status).toBe(401);
    expect((await t.request(`${base}/assets/${samir}/consents`, { headers: resident })).status).toBe(404);
    expect((await t.request(`${base}/assets/${samir}/consents`, { headers: officer })).status).toBe(404);
    // Ria is public (she consented), so the other area's officer sees her but may not touch her consents.
    expect((await t.request(`${base}/assets/${ria}/consents`, { headers: officerNoord })).status).toBe(403);
    expect((await send('DELETE', `/assets/${ria}/consents/publication`, jsonWith(officerNoord))).status).toBe(
      403,
    );
  });

  it('answers bad input with 400 and a consent on an item that is no key person with 422', async () => {
    const samir = await assetIdByTitle(t, 'Samir Bouzid');
    const short = await send('POST', `/assets/${samir}/consents`, withLocale(jsonWith(officerNoord), 'en'), {
      ...consent,
      consentText: 'ja',
      givenVia: 'pigeon',
    });
    expect(short.status).toBe(400);
    const names = (await short.json()).invalidParams.map((i: { name: string }) => i.name).sort();
    expect(names).toEqual(['consentText', 'givenVia']);
    expect((await send('DELETE', `/assets/${samir}/consents/forever`, jsonWith(officerNoord))).status).toBe(
      400,
    );
    const schakel = await assetIdByTitle(t, 'Buurthuis De Schakel');
    const notKey = await send('POST', `/assets/${schakel}/consents`, jsonWith(officerNoord), consent);
    expect(notKey.status).toBe(422);
  });
});

describe('personal data through the e-mailed link', () => {
  it('mails a link only when something is kept, and answers the same either way', async () => {
    const unknown = await send('POST', '/personal-data/requests', anonymousFrom(t), {
      email: 'niemand@example.org',
    });
    expect(unknown.status).toBe(202);
    const known = await send('POST', '/personal-data/requests', anonymousFrom(t), { email: riaEmail });
    expect(known.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    expect(await mailsTo(t.ctx.db, 'niemand@example.org')).toHaveLength(0);
    expect(await mailsTo(t.ctx.db, riaEmail, 'social-map-personal-data')).toHaveLength(1);
    const bad = await send('POST', '/personal-data/requests', anonymousFrom(t), { email: 'geen adres' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).invalidParams[0]).toMatchObject({ name: 'email', code: 'validation.email' });
  });

  it('shows, exports and removes what is kept; a bad link is refused', async () => {
    const [mail] = await mailsTo(t.ctx.db, riaEmail, 'social-map-personal-data');
    const token = tokenFrom(mail?.body_text ?? '', 'mijn-gegevens');

    const view = await t.request(`${base}/personal-data/${token}`);
    expect(view.status).toBe(200);
    expect(view.headers.get('Cache-Control')).toBe('no-store');
    const data = await view.json();
    expect(check('/social-map/personal-data/{token}', 'get', 200, data)).toEqual([]);
    expect(data.email).toBe(riaEmail);
    expect(data.keyPersons.map((k: { name: string }) => k.name)).toEqual(['Ria Hendriks']);
    expect(data.keyPersons[0].consents.length).toBeGreaterThan(0);

    const file = await t.request(data._links.export.href);
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    const exported = JSON.parse(await file.text());
    expect(exported.keyPersons[0].name).toBe('Ria Hendriks');

    const badLink = await t.request(`${base}/personal-data/${token}x`, { headers: withLocale({}, 'en') });
    expect(badLink.status).toBe(422);
    expect((await badLink.json()).detail).toBe('This link is invalid or has expired.');
    expect((await t.request(`${base}/personal-data/${token}x/export`)).status).toBe(422);

    // A browser must carry its CSRF header to remove.
    expect((await t.request(`${base}/personal-data/${token}`, { method: 'DELETE' })).status).toBe(403);
    const removed = await t.request(`${base}/personal-data/${token}`, {
      method: 'DELETE',
      headers: anonymousJson(t),
    });
    expect(removed.status).toBe(200);
    const counts = await removed.json();
    expect(check('/social-map/personal-data/{token}', 'delete', 200, counts)).toEqual([]);
    expect(counts.keyPersons).toBe(1);
    const ria = await assetIdByTitle(t, 'Verwijderde sleutelfiguur').catch(() => null);
    expect(ria).not.toBeNull();
    expect((await t.request(`${base}/assets/${ria}`)).status).toBe(404);
    const again = await (await t.request(`${base}/personal-data/${token}`)).json();
    expect(again.keyPersons[0]?.name ?? null).not.toBe('Ria Hendriks');
  });
});
