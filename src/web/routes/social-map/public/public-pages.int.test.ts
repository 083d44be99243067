import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { countQueries } from '../../../../core/db/database.ts';
import { addDays } from '../../../../modules/social-map/agenda/group-by-day.ts';
import { dutchDate } from '../../../../modules/social-map/freshness.ts';
import { responseValidator } from '../../../../modules/social-map/http/social-map-api.testing.ts';
import { smDb } from '../../../../modules/social-map/social-map.tables.ts';

// The public views of the social map as HTML over HTTP, without JavaScript: list with search and
// facets, map, agenda, item page, embeds; bad query strings; what the public must not see; the
// agenda JSON; and query counts that do not grow with the number of results.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ template: 'full', pages: true });
});
afterAll(() => t.close());

const text = pageText;

async function page(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; html: string; res: Response }> {
  const res = await t.request(path, init);
  return { status: res.status, html: await res.text(), res };
}

async function idOf(title: string): Promise<string> {
  const row = await smDb(t.ctx.db)
    .selectFrom('social_map_assets')
    .select('id')
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Monday of the current week (Europe/Amsterdam), 'YYYY-MM-DD'. */
function thisMonday(): string {
  const today = dutchDate(new Date());
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -weekday);
}

describe('the list: search for residents', () => {
  it('finds help with debts from a question in plain Dutch, with facet counts in the labels', async () => {
    const { status, html } = await page('/sociale-kaart?q=waar+kan+ik+terecht+met+schulden');
    expect(status).toBe(200);
    const body = text(html);
    expect(body).toContain('Spreekuur geldzaken en schulden');
    expect(html).toMatch(/<h1[^>]*>Sociale kaart<\/h1>/);
    expect(body).toMatch(/\d+ resultaten/);
    // Facets: checkboxes with counts, the form is a plain GET form.
    const form = html.match(/<form[^>]*>/)?.[0] ?? '';
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/sociale-kaart"');
    expect(body).toMatch(/Geldzaken en schulden \(\d+\)/);
    // The tabs keep the query string.
    expect(html).toContain('href="/sociale-kaart/kaart?q=waar+kan+ik+terecht+met+schulden"');
    expect(html).toContain('href="/sociale-kaart/agenda?q=waar+kan+ik+terecht+met+schulden"');
  });

  it('"koffie ochtend ouderen" finds the coffee mornings', async () => {
    const body = text((await page('/sociale-kaart?q=koffie+ochtend+ouderen')).html);
    expect(body).toContain('Koffieochtend De Brug');
  });

  it('filters by kind, theme, area, free and accessible from the query string', async () => {
    const body = text(
      (await page('/sociale-kaart?soort=activiteit&thema=ontmoeting&gebied=BU99990102&toegankelijk=1')).html,
    );
    expect(body).toContain('Sociale kaart van');
    expect(body).toContain('Koffieochtend De Brug');
    expect(body).not.toContain('Taalcafé Centrum'); // another buurt
    expect(body).not.toContain('Buurthuis De Brug</'); // a place, not an activity
  });

  it('pages with a cursor and a link back to the first page', async () => {
    const first = await page('/sociale-kaart');
    const next = first.html.match(/href="(\/sociale-kaart\?cursor=[^"]+)"/)?.[1];
    expect(next).toBeDefined();
    const second = await page((next as string).replace(/&amp;/g, '&'));
    expect(second.status).toBe(200);
    expect(second.html).not.toBe(first.html);
  });

  it('nothing found: suggestions instead of a dead end', async () => {
    const body = text((await page('/sociale-kaart?q=xyzzyplugh+qwertyuiop&gebied=BU99990101')).html);
    expect(body).toContain('Niets gevonden');
    expect(body).toContain('Zoek in de hele gemeente');
    expect(body).toContain('Meld een activiteit of initiatief aan');
  });

  it('garbage in the query string: 200, the filters dropped and said so, never a 500', async () => {
    for (const qs of [
      'soort=alien&vorm=half&week=2026-13-45&thema=%3Cscript%3E',
      'gebied=../../etc/passwd',
      'gebied=WK000000', // well-formed, but no such area
      'cursor=bm90LWEtY3Vyc29y', // decodes to no valid cursor
      `q=${'a'.repeat(5000)}`,
      'bij=nergenshuizen',
      'bij=999,999',
      'gratis=%FF',
    ]) {
      for (const path of ['/sociale-kaart', '/sociale-kaart/kaart', '/sociale-kaart/agenda']) {
        const { status, html } = await page(`${path}?${qs}`);
        expect(status, `${path}?${qs}`).toBe(200);
        expect(html).not.toContain('<script>alert');
      }
    }
    const body = text((await page('/sociale-kaart?soort=alien&gebied=WK000000')).html);
    expect(body).toContain('filters zijn weggelaten');
    expect(body).toContain('soort, gebied');
    expect(text((await page('/sociale-kaart?bij=nergenshuizen')).html)).toContain(
      'kunnen geen adressen opzoeken',
    );
  });

  it('near a buurt by name or near coordinates: sorted by distance, and the page says how it read "bij"', async () => {
    const byName = text((await page('/sociale-kaart?bij=Havenbuurt')).html);
    expect(byName).toMatch(/afstand tot het midden van Havenbuurt/);
    expect(byName).toMatch(/\d+(,\d)? km/);
    const { status, html } = await page('/sociale-kaart?bij=52.0907,5.1214');
    expect(status).toBe(200);
    expect(text(html)).toContain('afstand tot het punt 52.0907, 5.1214');
  });

  it('the list of an area shows the embed codes and feed addresses', async () => {
    const { html } = await page('/sociale-kaart?gebied=WK999901');
    expect(text(html)).toContain('Op uw eigen website');
    expect(html).toContain('/sociale-kaart/insluiten/WK999901/agenda');
    expect(html).toContain('/api/v1/social-map/areas/WK999901/agenda.json');
  });

  it('speaks English with ?lang=en', async () => {
    const { html } = await page('/sociale-kaart?lang=en&q=taal');
    expect(text(html)).toContain('Social map');
    expect(text(html)).toContain('Clear all filters');
  });
});

describe('what the public does not see', () => {
  it('a key person without consent is not listed and has no page; one with consent is', async () => {
    const samir = await idOf('Samir Bouzid');
    const ria = await idOf('Ria Hendriks');
    expect((await page(`/sociale-kaart/${samir}`)).status).toBe(404);
    expect(text((await page('/sociale-kaart?q=Samir+Bouzid')).html)).not.toContain('Samir Bouzid');
    expect(text((await page('/sociale-kaart?soort=sleutelfiguur')).html)).not.toContain('Samir Bouzid');
    expect((await page(`/sociale-kaart/${ria}`)).status).toBe(200);
  });

  it('an item hidden after reports disappears from list, map, agenda and its page', async () => {
    const id = await idOf('Repair Café Centrum');
    const before = text((await page('/sociale-kaart/kaart?gebied=WK999901')).html);
    expect(before).toContain('Repair Café Centrum');
    await smDb(t.ctx.db)
      .updateTable('social_map_assets')
      .set({ hidden_for_reports_at: new Date() })
      .where('id', '=', id)
      .execute();
    try {
      expect((await page(`/sociale-kaart/${id}`)).status).toBe(404);
      for (const path of [
        '/sociale-kaart?q=repair',
        '/sociale-kaart/kaart?gebied=WK999901',
        `/sociale-kaart/agenda?gebied=WK999901&week=${thisMonday()}`,
        `/sociale-kaart/agenda?gebied=WK999901&week=${addDays(thisMonday(), 7)}`,
      ]) {
        expect(text((await page(path)).html), path).not.toContain('Repair Café Centrum');
      }
    } finally {
      await smDb(t.ctx.db)
        .updateTable('social_map_assets')
        .set({ hidden_for_reports_at: null })
        .where('id', '=', id)
        .execute();
    }
  });

  it('unknown and malformed ids are 404', async () => {
    expect((await page('/sociale-kaart/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await page('/sociale-kaart/not-a-uuid')).status).toBe(404);
  });
});

describe('the map', () => {
  it('draws the area and numbered markers; the list below has the same numbers', async () => {
    const { status, html } = await page('/sociale-kaart/kaart?gebied=WK999901');
    expect(status).toBe(200);
    expect(html).toContain('class="wijkwerk-map__focus"');
    expect(html).toMatch(/class="wijkwerk-sm-marker[^"]*"/);
    expect(html).toContain('id="resultaat-1"');
    expect(text(html)).toContain('Kaart van Centrum');
    // Every single marker links to an item page, every cluster to a list entry.
    const markers = [
      ...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"[^>]*class="wijkwerk-sm-marker/g),
    ];
    expect(markers.length).toBeGreaterThan(0);
    for (const [, href] of markers) expect(href).toMatch(/^(\/sociale-kaart\/[0-9a-f-]{36}|#resultaat-\d+)$/);
  });
});

describe('the agenda', () => {
  it('lists the occurrences of a week per day in Dutch time, with week navigation', async () => {
    const monday = thisMonday();
    const { status, html } = await page(`/sociale-kaart/agenda?gebied=BU99990102&week=${monday}`);
    expect(status).toBe(200);
    const body = text(html);
    // Koffieochtend De Brug: every Monday 10:00–11:30.
    expect(body).toContain('Koffieochtend De Brug');
    expect(body).toContain('10:00 tot 11:30');
    expect(body).toMatch(/maandag \d+ \w+/);
    expect(html).toContain(`week=${addDays(monday, 7)}`);
    expect(html).toContain(`week=${addDays(monday, -7)}`);
  });

  it('"deze week in {buurt}" when an area is chosen and no week', async () => {
    const body = text((await page('/sociale-kaart/agenda?gebied=BU99990102')).html);
    expect(body).toContain('Deze week in Havenbuurt');
  });

  it('a kind without times says the agenda shows activities', async () => {
    const body = text((await page('/sociale-kaart/agenda?soort=plek')).html);
    expect(body).toContain('de agenda toont alleen activiteiten');
  });
});

describe('the item page', () => {
  it('shows what, where, when, contact, the next times, related items and the report link', async () => {
    const id = await idOf('Koffieochtend De Brug');
    const { status, html } = await page(`/sociale-kaart/${id}`);
    expect(status).toBe(200);
    const body = text(html);
    expect(html).toMatch(/<h1[^>]*>Koffieochtend De Brug<\/h1>/);
    expect(body).toContain('Elke maandag, 10:00 tot 11:30');
    expect(body).toContain('Eerstvolgende keren');
    expect(body).toContain('Havenkade 3');
    expect(body).toMatch(/Vindt plaats in ?: Buurthuis De Brug/);
    expect(body).toContain('Laatst gecontroleerd op');
    expect(html).toContain(`href="/sociale-kaart/${id}/melden"`);
    expect(html).not.toContain(`href="/sociale-kaart/${id}/bewerken"`);
    expect(html).toContain('class="wijkwerk-sm-marker');
    expect(html).toContain('/api/v1/social-map/calendars/areas/');
  });

  it('says "mogelijk verouderd" when the item is possibly out of date', async () => {
    const id = await idOf('Taalcafé Centrum');
    await smDb(t.ctx.db)
      .updateTable('social_map_assets')
      .set({ freshness_state: 'possibly_outdated' })
      .where('id', '=', id)
      .execute();
    expect(text((await page(`/sociale-kaart/${id}`)).html)).toContain('Mogelijk verouderd');
    await smDb(t.ctx.db)
      .updateTable('social_map_assets')
      .set({ freshness_state: 'fresh' })
      .where('id', '=', id)
      .execute();
  });
});

describe('embeds', () => {
  it('agenda and map of an area: no site header, links open in the parent, framing allowed', async () => {
    for (const kind of ['agenda', 'kaart']) {
      const { status, html, res } = await page(`/sociale-kaart/insluiten/WK999901/${kind}`);
      expect(status, kind).toBe(200);
      expect(html).not.toContain('wijkwerk-header');
      expect(html).toContain('target="_top"');
      expect(res.headers.get('x-frame-options')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    }
    const list = await page('/sociale-kaart');
    expect(list.res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('an unknown area is a 404', async () => {
    expect((await page('/sociale-kaart/insluiten/WK000000/agenda')).status).toBe(404);
    expect((await page('/sociale-kaart/insluiten/nonsense/kaart')).status).toBe(404);
  });
});

describe('the agenda API', () => {
  it('gives occurrences as JSON with CORS for any origin and a link to the next window', async () => {
    const monday = thisMonday();
    const res = await t.request(`/api/v1/social-map/agenda?areaCode=BU99990102&from=${monday}&days=7`, {
      headers: { origin: 'https://buurt.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('link')).toContain(`from=${addDays(monday, 7)}`);
    const body = (await res.json()) as { from: string; items: Array<{ title: string; localStart: string }> };
    const check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
    expect(check('/social-map/agenda', 'get', 200, body)).toEqual([]);
    expect(body.from).toBe(monday);
    const koffie = body.items.find((i) => i.title === 'Koffieochtend De Brug');
    expect(koffie?.localStart).toBe(`${monday}T10:00`);
  });

  it('the embed feed of an area, and clear 4xx for bad input', async () => {
    const res = await t.request('/api/v1/social-map/areas/WK999901/agenda.json?days=14');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const bad = await t.request('/api/v1/social-map/agenda?from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
    expect(check('/social-map/agenda', 'get', 400, await bad.json())).toEqual([]);
    expect((await t.request('/api/v1/social-map/agenda?days=99')).status).toBe(400);
    expect((await t.request('/api/v1/social-map/areas/WK000000/agenda.json')).status).toBe(404);
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/social-map/agenda', '/social-map/areas/{code}/agenda.json']),
    );
  });
});

describe('query counts stay flat with more results', () => {
  async function queriesFor(path: string) {
    const { result, queries } = await countQueries(async () => {
      const res = await t.request(path);
      await res.text();
      return res.status;
    });
    expect(result, path).toBe(200);
    return queries;
  }

  it('list, map, agenda and item page', async () => {
    await t.request('/sociale-kaart'); // warm caches
    const smallList = await queriesFor('/sociale-kaart?gebied=BU99990101');
    const bigList = await queriesFor('/sociale-kaart?gebied=GM9999');
    expect(bigList).toBeLessThanOrEqual(smallList);
    expect(await queriesFor('/sociale-kaart/kaart?gebied=GM9999')).toBeLessThanOrEqual(smallList + 1);
    const smallAgenda = await queriesFor(`/sociale-kaart/agenda?gebied=BU99990101&week=${thisMonday()}`);
    expect(await queriesFor(`/sociale-kaart/agenda?gebied=GM9999&week=${thisMonday()}`)).toBeLessThanOrEqual(
      smallAgenda,
    );
    expect(smallAgenda).toBeLessThanOrEqual(16);
    const item = await queriesFor(`/sociale-kaart/${await idOf('Koffieochtend De Brug')}`);
    expect(item).toBeLessThanOrEqual(10);
  });
});

describe('links into the social map', () => {
  it('everyone sees "Sociale kaart" in the header; only editors see "Redactie"', async () => {
    const anonymous = (await page('/')).html;
    expect(anonymous).toContain('href="/sociale-kaart"');
    expect(anonymous).not.toContain('href="/sociale-kaart/redactie"');
    const resident = await signedInBrowser(t, 'bewoner@voorbeeld.example', 'demo-bewoner-2026');
    expect(await (await resident.get('/')).text()).not.toContain('href="/sociale-kaart/redactie"');
    const officer = await signedInBrowser(t, 'wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
    expect(await (await officer.get('/')).text()).toContain('href="/sociale-kaart/redactie"');
  });

  it('an editor of the area sees "Bewerken" on the item page', async () => {
    const id = await idOf('Koffieochtend De Brug');
    const officer = await signedInBrowser(t, 'wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
    expect(await (await officer.get(`/sociale-kaart/${id}`)).text()).toContain(
      `href="/sociale-kaart/${id}/bewerken"`,
    );
  });

  it('the area page says what is on there and links to the filtered social map', async () => {
    const { html } = await page('/wijken/BU99990102');
    const body = text(html);
    expect(body).toContain('Wat is er te doen in Havenbuurt');
    expect(body).toMatch(/\d+ plekken, activiteiten en initiatieven/);
    expect(html).toContain('href="/sociale-kaart?gebied=BU99990102"');
    expect(html).toContain('href="/sociale-kaart/agenda?gebied=BU99990102"');
  });
});
