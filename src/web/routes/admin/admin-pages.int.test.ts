import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';

// The administration pages as HTML over HTTP, without JavaScript: sign-in redirects, 403s,
// forms that post with the CSRF token, field errors with an error summary, and confirmations.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ pages: true });
});
afterAll(() => t.close());

/** A tiny cookie jar: what a browser would send back. */
class Browser {
  cookies = new Map<string, string>();

  async get(path: string): Promise<Response> {
    return this.keep(await t.request(path, { headers: this.headers(), redirect: 'manual' }));
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return this.keep(
      await t.request(path, {
        method: 'POST',
        headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      }),
    );
  }

  /** Loads the page, then posts its form with the page's CSRF token. */
  async submit(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const page = await (await this.get(path)).text();
    return this.post(path, { _csrf: csrfFrom(page), ...fields });
  }

  private headers(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return cookie ? { cookie } : {};
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

async function signedIn(email: string, password: string): Promise<Browser> {
  const b = new Browser();
  const res = await b.submit('/inloggen', { email, password, next: '/' });
  expect(res.status, `sign in as ${email}`).toBe(302);
  return b;
}

let admin: Browser;
beforeAll(async () => {
  admin = await signedIn('beheerder@voorbeeld.example', 'demo-beheer-2026');
});

describe('access to the administration pages', () => {
  it('sends visitors who are not signed in to the sign-in page, and back afterwards', async () => {
    const res = await new Browser().get('/beheer/gebruikers?q=eva');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(
      `/inloggen?next=${encodeURIComponent('/beheer/gebruikers?q=eva')}`,
    );
  });

  it('answers 403 to signed-in people without the rights', async () => {
    const resident = await signedIn('bewoner@voorbeeld.example', 'demo-bewoner-2026');
    const res = await resident.get('/beheer');
    expect(res.status).toBe(403);
    expect(text(await res.text())).toContain('Geen toegang');
    const officer = await signedIn('wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
    expect((await officer.get('/beheer/gebruikers/nieuw')).status).toBe(403);
    expect((await officer.get('/beheer/logboek')).status).toBe(403);
    // An area officer may edit the description of their own area, not of another.
    expect((await officer.get('/beheer/gebieden/WK999901')).status).toBe(200);
    expect((await officer.get('/beheer/gebieden/WK999902')).status).toBe(403);
  });

  it('shows each person only the sections they may use', async () => {
    const html = text(await (await admin.get('/beheer')).text());
    for (const s of ['Gebruikers', 'Organisaties', 'Gebieden', 'Logboek', 'Uitgaande e-mail'])
      expect(html).toContain(s);
    const coordinator = await signedIn('coordinator@voorbeeld.example', 'demo-regie-2026');
    const page = await coordinator.get('/beheer');
    expect(page.status).toBe(200);
    const own = await page.text();
    expect(own).toContain('href="/beheer/gebruikers"');
    expect(own).not.toContain('href="/beheer/logboek"');
    expect(own).not.toContain('href="/beheer/uitgaande-mail"');
    expect((await coordinator.get('/beheer/logboek')).status).toBe(403);
  });

  it('refuses a form post without the CSRF token', async () => {
    const res = await admin.post('/beheer/gebruikers/nieuw', {
      name: 'Zonder token',
      email: 'zonder@voorbeeld.example',
    });
    expect(res.status).toBe(403);
  });
});

describe('users', () => {
  it('lists, searches and pages through users', async () => {
    const page = await admin.get('/beheer/gebruikers?q=woonstichting');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<th[^>]*scope="col"/);
    expect(text(html)).toContain('Karin de Boer');
    expect(text(html)).not.toContain('Eva de Vries');
    const officers = text(await (await admin.get('/beheer/gebruikers?rol=area_officer')).text());
    expect(officers).toContain('Daan Visser');
    expect(officers).not.toContain('Karin de Boer');

    // 30 more people make two pages of 25.
    for (let i = 10; i < 40; i++) {
      const res = await admin.submit('/beheer/gebruikers/nieuw', {
        name: `Testpersoon ${i}`,
        email: `test${i}@voorbeeld.example`,
        password: '',
      });
      expect(res.status).toBe(302);
    }
    const first = await (await admin.get('/beheer/gebruikers')).text();
    const next = first.match(/<a[^>]*rel="next"[^>]*>/)?.[0].match(/href="([^"]+)"/)?.[1];
    expect(next).toMatch(/^\/beheer\/gebruikers\?cursor=/);
    expect(next).toBeDefined();
    const second = text(await (await admin.get((next ?? '').replaceAll('&amp;', '&'))).text());
    expect(second).toContain('Yusuf Demir');
    expect(second).not.toContain('Daan Visser');
    expect(second).toContain('Naar het begin');
  });

  it('shows field errors with an error summary, and keeps what was typed', async () => {
    const res = await admin.submit('/beheer/gebruikers/nieuw', {
      name: '',
      email: 'geen-adres',
      password: 'kort',
      role: 'area_officer',
      areaCode: '',
      organisationId: '',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/role="alert"/);
    expect(html).toContain('href="#field-name"');
    expect(html).toMatch(
      /<input[^>]*id="field-email"[^>]*aria-invalid="true"[^>]*aria-describedby="field-email-error"/,
    );
    expect(html).toMatch(/id="field-email-error"[^>]*>Vul een geldig e-mailadres in/);
    expect(html).toContain('value="geen-adres"');
    expect(html).not.toContain('value="kort"');
    expect(text(html)).toContain('Gebruik minimaal 12 tekens.');
  });

  it('adds a user with a first role and sends the invitation, shown in the outbox', async () => {
    const res = await admin.submit('/beheer/gebruikers/nieuw', {
      name: 'Fatima El Amrani',
      email: 'fatima@voorbeeld.example',
      password: '',
      role: 'area_officer',
      areaCode: 'WK999903',
      organisationId: '',
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/beheer\/gebruikers\/[0-9a-f-]{36}\?saved=invited$/);
    const page = text(await (await admin.get(location)).text());
    expect(page).toContain('Gebruiker Fatima El Amrani is toegevoegd en krijgt een e-mail');
    expect(page).toContain('Wijkambtenaar');
    const outbox = await admin.get('/beheer/uitgaande-mail');
    expect(outbox.status).toBe(200);
    const mail = text(await outbox.text());
    expect(mail).toContain('fatima@voorbeeld.example');
    expect(mail).toContain('Uitnodiging voor een account');
    expect(mail).toMatch(/\/wachtwoord-herstellen\/[A-Za-z0-9_-]{20,}/);
  });

  it('adds and removes roles and disables the account, with confirmations and audit entries', async () => {
    const list = await (await admin.get('/beheer/gebruikers?q=fatima')).text();
    const path = list.match(/href="(\/beheer\/gebruikers\/[0-9a-f-]{36})"/)?.[1] ?? '';
    const orgs = await (await admin.get('/beheer/organisaties?q=woonstichting')).text();
    const partnerId = orgs.match(/href="\/beheer\/organisaties\/([0-9a-f-]{36})"/)?.[1] ?? '';

    const wrong = await admin.submit(path, {
      intent: 'add-role',
      role: 'department_officer',
      areaCode: '',
      organisationId: partnerId,
    });
    expect(wrong.status).toBe(400);
    const wrongHtml = await wrong.text();
    expect(wrongHtml).toMatch(
      /id="field-organisationId-error"[^>]*>Kies een gemeentelijke afdeling voor deze rol/,
    );

    const added = await admin.submit(path, {
      intent: 'add-role',
      role: 'partner',
      areaCode: 'WK999902',
      organisationId: partnerId,
    });
    expect(added.status).toBe(302);
    expect(added.headers.get('location')).toBe(`${path}?saved=role-added`);
    const withRole = await (await admin.get(`${path}?saved=role-added`)).text();
    expect(text(withRole)).toContain('De rol is toegevoegd.');
    expect(text(withRole)).toContain('Woonstichting Voorbeeld, Noordhoek');

    const roleId = withRole.match(/name="roleId" value="([0-9a-f-]{36})"/)?.[1] ?? '';
    const removed = await admin.submit(path, { intent: 'remove-role', roleId });
    expect(removed.headers.get('location')).toBe(`${path}?saved=role-removed`);

    const disabled = await admin.submit(path, { intent: 'set-status', status: 'disabled' });
    expect(disabled.headers.get('location')).toBe(`${path}?saved=disabled`);
    const after = text(await (await admin.get(`${path}?saved=disabled`)).text());
    expect(after).toContain('Het account is uitgeschakeld.');
    expect(after).toContain('Inschakelen');

    const personId = path.split('/').pop();
    const log = text(
      await (await admin.get(`/beheer/logboek?resourceType=person&resourceId=${personId}`)).text(),
    );
    expect(log).toContain('person.update');
    expect(log).toContain('status: active → disabled');
    expect(log).toContain('person.create');
  });

  it('explains why the last administrator cannot be switched off', async () => {
    const list = await (await admin.get('/beheer/gebruikers?q=beheerder')).text();
    const path = list.match(/href="(\/beheer\/gebruikers\/[0-9a-f-]{36})"/)?.[1] ?? '';
    const res = await admin.submit(path, { intent: 'set-status', status: 'disabled' });
    expect(res.status).toBe(400);
    expect(text(await res.text())).toContain('U kunt de laatste beheerder niet verwijderen.');
  });
});

describe('organisations', () => {
  it('adds an organisation, edits it, and shows errors per field', async () => {
    const res = await admin.submit('/beheer/organisaties/nieuw', {
      name: 'Speeltuinvereniging De Zandbak',
      kind: 'resident_organisation',
      sector: 'spelen',
      description: 'Beheert de speeltuin aan de Dorpsstraat.',
      email: '',
      phone: '',
      website: '',
      areaCodes: ['WK999903'],
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location') ?? '';
    expect(location).toMatch(/^\/beheer\/organisaties\/[0-9a-f-]{36}\?saved=created$/);
    const page = await (await admin.get(location)).text();
    expect(text(page)).toContain('Organisatie Speeltuinvereniging De Zandbak is toegevoegd.');
    expect(page).toMatch(
      /<input[^>]*value="WK999903"[^>]*checked=""|<input[^>]*checked=""[^>]*value="WK999903"/,
    );

    const path = location.split('?')[0] ?? '';
    const bad = await admin.submit(path, {
      name: 'Speeltuinvereniging De Zandbak',
      kind: 'resident_organisation',
      website: 'speeltuin.example',
      email: '',
      phone: '',
      sector: '',
      description: '',
      areaCodes: ['WK999903'],
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#field-website"');
    expect(badHtml).toMatch(/<input[^>]*id="field-website"[^>]*aria-invalid="true"/);
    expect(badHtml).toContain('value="speeltuin.example"');

    const ok = await admin.submit(path, {
      name: 'Speeltuinvereniging De Zandbak',
      kind: 'resident_organisation',
      website: 'https://zandbak.example',
      email: '',
      phone: '',
      sector: 'spelen',
      description: 'Beheert de speeltuin aan de Dorpsstraat.',
      areaCodes: ['WK999903', 'WK999904'],
    });
    expect(ok.headers.get('location')).toBe(`${path}?saved=1`);
    const list = text(await (await admin.get('/beheer/organisaties?soort=resident_organisation')).text());
    expect(list).toContain('Speeltuinvereniging De Zandbak');
    expect(list).not.toContain('Woonstichting');

    const log = text(await (await admin.get('/beheer/logboek?action=organisation.update')).text());
    expect(log).toContain('website: null → https://zandbak.example');
  });

  it('refuses a duplicate name at the name field', async () => {
    const res = await admin.submit('/beheer/organisaties/nieuw', {
      name: 'Welzijn Voorbeeld',
      kind: 'partner',
      areaCodes: [],
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/id="field-name-error"[^>]*>Deze naam is al in gebruik/);
  });
});

describe('areas, audit log and outbox', () => {
  it('shows the area tree and saves a description', async () => {
    const tree = await (await admin.get('/beheer/gebieden')).text();
    expect(tree).toContain('href="/beheer/gebieden/BU99990101"');
    const res = await admin.submit('/beheer/gebieden/WK999901', { description: 'Het hart van de gemeente.' });
    expect(res.headers.get('location')).toBe('/beheer/gebieden/WK999901?saved=1');
    const page = text(await (await admin.get('/beheer/gebieden/WK999901?saved=1')).text());
    expect(page).toContain('Het gebied is opgeslagen.');
    expect(page).toContain('Het hart van de gemeente.');
    expect((await admin.get('/beheer/gebieden/WK000000')).status).toBe(404);
  });

  it('filters the audit log and explains a wrong date at the field', async () => {
    const res = await admin.get('/beheer/logboek?actor=demo+loader');
    const html = text(await res.text());
    expect(html).toContain('demo.load');
    expect(html).not.toContain('organisation.create');
    const bad = await (await admin.get('/beheer/logboek?from=gisteren')).text();
    expect(bad).toMatch(/<input[^>]*id="field-from"[^>]*aria-invalid="true"/);
    expect(bad).toContain('href="#field-from"');
  });
});
