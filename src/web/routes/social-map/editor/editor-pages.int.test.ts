import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { listQueue } from '../../../../modules/social-map/list-queue.ts';
import { demoActor, mailsTo, voorbeeldId } from '../../../../modules/social-map/testing.ts';

// The social map's editing pages over HTTP without JavaScript, signed in as an editor of the
// area, an area officer of another area, a resident and nobody: the moderation queue, review
// with approve / reject (the reason reaches the submitter), reports, the item form with its
// errors and version conflict, history with restore, and key person consent.

let t: TestApp;
let m: string;
beforeAll(async () => {
  t = await createTestApp({ template: 'full', pages: true });
  m = await voorbeeldId(t.ctx.db);
});
afterAll(() => t.close());

const text = pageText;
const signedIn = (email: string, password: string) => signedInBrowser(t, email, password);

async function assetId(title: string): Promise<string> {
  const r = await sql<{
    id: string;
  }>`select id from social_map_assets where municipality_id = ${m} and title = ${title}`.execute(t.ctx.db);
  const id = r.rows[0]?.id;
  if (!id) throw new Error(`no asset ${title}`);
  return id;
}

async function revisionCount(id: string): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n from social_map_revisions where asset_id = ${id}`.execute(t.ctx.db);
  return r.rows[0]?.n ?? 0;
}

async function queuedRevision(title: string): Promise<string> {
  const admin = await demoActor(t.ctx.db, m, 'beheerder@voorbeeld.example');
  const q = await listQueue(t.ctx.db, admin);
  const r = q.revisions.find((x) => x.assetTitle === title);
  if (!r) throw new Error(`${title} is not in the queue`);
  return r.revisionId;
}

/** The form of an item as the edit page shows it, as fields to post back. */
function formFields(html: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = fields[name];
    fields[name] = prev === undefined ? value : [prev, value].flat();
  };
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  // The item form (the page also holds the sign-out form).
  const form =
    [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((f) => f[0]).find((f) => f.includes('name="title"')) ??
    '';
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = attrs.match(/name="([^"]+)"/)?.[1];
    if (!name) continue;
    const type = attrs.match(/type="([^"]+)"/)?.[1] ?? 'text';
    const value = decode(attrs.match(/value="([^"]*)"/)?.[1] ?? '');
    if (type === 'checkbox' || type === 'radio') {
      if (/\schecked=""/.test(attrs)) add(name, type === 'checkbox' && !/value=/.test(attrs) ? 'on' : value);
    } else add(name, value);
  }
  for (const m of form.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = (m[1] ?? '').match(/name="([^"]+)"/)?.[1];
    if (name) add(name, decode(m[2] ?? ''));
  }
  for (const m of form.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = (m[1] ?? '').match(/name="([^"]+)"/)?.[1];
    const selected = (m[2] ?? '').match(/<option value="([^"]*)" selected=""/)?.[1];
    const first = (m[2] ?? '').match(/<option value="([^"]*)"/)?.[1];
    if (name) add(name, decode(selected ?? first ?? ''));
  }
  return fields;
}

let editor: PageBrowser; // area officer of Noordhoek and Parkzoom (WK999902, WK999904)
let otherOfficer: PageBrowser; // area officer of Centrum (WK999901)
let resident: PageBrowser;
let admin: PageBrowser;
let anonymous: PageBrowser;
beforeAll(async () => {
  anonymous = new PageBrowser(t);
  editor = await signedIn('wijkambtenaar.noordoost@voorbeeld.example', 'demo-noordoost-2026');
  otherOfficer = await signedIn('wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
  resident = await signedIn('bewoner@voorbeeld.example', 'demo-bewoner-2026');
  admin = await signedIn('beheerder@voorbeeld.example', 'demo-beheer-2026');
});

describe('the editors hub and queue', () => {
  it('shows an editor what waits in their areas, with who, source and links to the other pages', async () => {
    const res = await editor.get('/sociale-kaart/redactie');
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = text(html);
    expect(page).toContain('Redactie sociale kaart');
    expect(page).toContain('Buurtbarbecue Vogelbuurt');
    expect(page).toContain('Naima');
    expect(page).toContain('Bewoner (aanmelding)');
    expect(page).not.toContain('Speeltuin Hooiland'); // reported, but in another wijk
    for (const href of ['/sociale-kaart/nieuw', '/sociale-kaart/overzicht', '/sociale-kaart/instellingen']) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it('shows reported items with their reports and counts to an editor of that area', async () => {
    const page = text(await (await admin.get('/sociale-kaart/redactie')).text());
    expect(page).toContain('Speeltuin Hooiland');
    expect(page).toContain('De grote schommel is al weken kapot.');
    expect(page).toContain('2 melding(en)');
  });

  it('filters by area, within the areas of the editor', async () => {
    const page = text(await (await otherOfficer.get('/sociale-kaart/redactie')).text());
    expect(page).not.toContain('Buurtbarbecue Vogelbuurt');
    const filtered = text(await (await admin.get('/sociale-kaart/redactie?gebied=BU99990204')).text());
    expect(filtered).toContain('Buurtbarbecue Vogelbuurt');
    expect(filtered).not.toContain('Jeu de boules Parkzoom');
    // Another officer asking for an area that is not theirs: refused.
    expect((await otherOfficer.get('/sociale-kaart/redactie?gebied=WK999902')).status).toBe(403);
  });

  it('says so when nothing waits', async () => {
    const actor = await demoActor(t.ctx.db, m, 'beheerder@voorbeeld.example');
    let quiet: string | undefined;
    for (const code of ['BU99990101', 'BU99990103', 'BU99990104', 'BU99990302', 'BU99990303', 'BU99990402']) {
      const q = await listQueue(t.ctx.db, actor, { areaCode: code });
      if (q.revisions.length + q.reports.length + q.stale.length === 0) quiet = code;
    }
    expect(quiet, 'a demo buurt with an empty queue').toBeDefined();
    const page = text(await (await admin.get(`/sociale-kaart/redactie?gebied=${quiet}`)).text());
    expect(page).toContain('Er wacht niets op u.');
  });

  it('is refused to residents (403) and sends visitors to sign in', async () => {
    expect((await resident.get('/sociale-kaart/redactie')).status).toBe(403);
    const res = await anonymous.get('/sociale-kaart/redactie');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/inloggen?next=%2Fsociale-kaart%2Fredactie');
  });

  it('speaks English with ?lang=en', async () => {
    const page = text(await (await editor.get('/sociale-kaart/redactie?lang=en')).text());
    expect(page).toContain('Social map editing');
    expect(page).toContain('Resident (submission)');
    await editor.get('/sociale-kaart/redactie?lang=nl'); // the choice is remembered: back to Dutch
  });
});

describe('reviewing a revision', () => {
  it('shows the change as a diff with del/ins and text labels', async () => {
    const id = await queuedRevision('Buurt-WhatsApp Klaverblad');
    const res = await editor.get(`/sociale-kaart/redactie/${id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<del[^>]*>.*verwijderd:/);
    expect(html).toMatch(/<ins[^>]*>.*toegevoegd:/);
    expect(text(html)).toContain('Appgroep voor heel Klaverblad');
    expect(text(html)).toContain('Nieuwkomers');
  });

  it('is not found for an officer of another area, refused to residents', async () => {
    const id = await queuedRevision('Buurt-WhatsApp Klaverblad');
    expect((await otherOfficer.get(`/sociale-kaart/redactie/${id}`)).status).toBe(404);
    expect((await resident.get(`/sociale-kaart/redactie/${id}`)).status).toBe(403);
    expect((await anonymous.get(`/sociale-kaart/redactie/${id}`)).status).toBe(302);
    expect((await editor.get('/sociale-kaart/redactie/not-a-uuid')).status).toBe(404);
  });

  it('approves: back to the queue with a message, the submitter gets a mail', async () => {
    const id = await queuedRevision('Buurtbarbecue Vogelbuurt');
    const res = await editor.submit(`/sociale-kaart/redactie/${id}`, { decision: 'approve', reason: '' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sociale-kaart/redactie?saved=approve');
    const page = text(await (await editor.get(res.headers.get('location') ?? '')).text());
    expect(page).toContain('De wijziging is goedgekeurd.');
    expect(page).not.toContain('Buurtbarbecue Vogelbuurt');
    const mails = await mailsTo(t.ctx.db, 'naima@bewoners.voorbeeld.example', 'social-map-review');
    expect(mails.at(-1)?.subject).toBe('Uw bijdrage staat op de sociale kaart');
  });

  it('rejecting needs a reason (400, nothing decided); with one the submitter receives it', async () => {
    const id = await queuedRevision('Koffie-ochtend De Schakel');
    const bad = await editor.submit(`/sociale-kaart/redactie/${id}`, { decision: 'reject', reason: '  ' });
    expect(bad.status).toBe(400);
    expect(text(await bad.text())).toContain('Vul dit veld in.');
    expect(await queuedRevision('Koffie-ochtend De Schakel')).toBe(id);

    const reason = 'Deze koffie-ochtend staat al op de kaart bij De Schakel.';
    const res = await editor.submit(`/sociale-kaart/redactie/${id}`, { decision: 'reject', reason });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sociale-kaart/redactie?saved=reject');
    const mails = await mailsTo(t.ctx.db, 'kees@bewoners.voorbeeld.example', 'social-map-review');
    expect(mails.at(-1)?.body_text).toContain(reason);
    // Deciding again: it is no longer in this editor's queue.
    expect((await editor.get(`/sociale-kaart/redactie/${id}`)).status).toBe(404);
  });

  it('resolves the reports of an item', async () => {
    const id = await assetId('Speeltuin Hooiland');
    const denied = await editor.submit('/sociale-kaart/redactie', {
      intent: 'resolve-reports',
      assetId: id,
      decision: 'keep',
    });
    expect(denied.status).toBe(403);
    const res = await admin.submit('/sociale-kaart/redactie', {
      intent: 'resolve-reports',
      assetId: id,
      decision: 'keep',
      [`reason-${id}`]: 'De schommel is gerepareerd.',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sociale-kaart/redactie?saved=reportsKept');
    const page = text(await (await admin.get('/sociale-kaart/redactie')).text());
    expect(page).not.toContain('De grote schommel is al weken kapot.');
  });
});

describe('editing an item', () => {
  it('shows the whole form to the editor of the area, refuses others', async () => {
    const id = await assetId('Buurt-WhatsApp Klaverblad');
    const res = await editor.get(`/sociale-kaart/${id}/bewerken`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of [
      'title',
      'themes',
      'schedules.0.rrule',
      'schedules.0.exdates',
      'point.lat',
      'links.0.assetId',
      'validUntil',
      'contact.0.value',
      'abcdCategories',
    ]) {
      expect(html).toContain(`name="${name}"`);
    }
    expect(html).toContain('name="expectedRevisionId"');
    expect((await otherOfficer.get(`/sociale-kaart/${id}/bewerken`)).status).toBe(403);
    expect((await anonymous.get(`/sociale-kaart/${id}/bewerken`)).status).toBe(302);
    expect((await editor.get('/sociale-kaart/00000000-0000-4000-8000-000000000000/bewerken')).status).toBe(
      404,
    );
  });

  it('keeps what was typed on errors (400) and writes nothing', async () => {
    const id = await assetId('Speeltuin Hooiland');
    const before = await revisionCount(id);
    const page = await (await admin.get(`/sociale-kaart/${id}/bewerken`)).text();
    const fields = formFields(page);
    const res = await admin.post(`/sociale-kaart/${id}/bewerken`, {
      ...fields,
      title: '',
      summary: 'Een getypte samenvatting die blijft staan',
      'point.lat': 'noord',
      'schedules.0.start': '2026-03-03T10:00',
      'schedules.0.durationMinutes': '60',
      'schedules.0.changes': 'volgende week',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Een getypte samenvatting die blijft staan');
    expect(text(html)).toContain('Naam: Vul dit veld in.');
    expect(html).toContain('href="#field-point-lat"');
    expect(html).toContain('href="#field-schedules-0-changes"');
    expect(await revisionCount(id)).toBe(before);
  });

  it('saves a change, then refuses a second save from the same old version (409)', async () => {
    const id = await assetId('Speeltuin Hooiland');
    const page = await (await admin.get(`/sociale-kaart/${id}/bewerken`)).text();
    const fields = formFields(page);
    const first = await admin.post(`/sociale-kaart/${id}/bewerken`, {
      ...fields,
      summary: 'Speeltuin met schommels, glijbaan en zandbak.',
      'schedules.0.start': '2026-03-03T10:00',
      'schedules.0.durationMinutes': '120',
      'schedules.0.rrule': 'FREQ=WEEKLY;BYDAY=TU',
      'schedules.0.exdates': '2026-03-10T10:00',
      'schedules.0.changes': '2026-03-17T10:00 -> 2026-03-18T14:00 +90 ; verplaatst',
    });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe(`/sociale-kaart/${id}/bewerken?saved=published`);
    const after = await (await admin.get(first.headers.get('location') ?? '')).text();
    expect(text(after)).toContain('Opgeslagen en gepubliceerd.');
    expect(after).toContain('2026-03-17T10:00 -&gt; 2026-03-18T14:00 +90 ; verplaatst');

    const before = await revisionCount(id);
    const stale = await admin.post(`/sociale-kaart/${id}/bewerken`, { ...fields, summary: 'Iets anders' });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(text(html)).toContain('Iemand anders heeft dit item intussen gewijzigd');
    expect(html).toContain('Iets anders');
    expect(await revisionCount(id)).toBe(before);
  });

  it('lets a resident change their own item; the change waits for review', async () => {
    const id = await assetId('Buurt-WhatsApp Klaverblad');
    const page = await resident.get(`/sociale-kaart/${id}/bewerken`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('name="organisationId"');
    const res = await resident.post(`/sociale-kaart/${id}/bewerken`, {
      ...formFields(html),
      description: 'Meld je aan bij Henk.',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/sociale-kaart/${id}/bewerken?saved=pending`);
    const other = await assetId('Speeltuin Hooiland');
    expect((await resident.get(`/sociale-kaart/${other}/bewerken`)).status).toBe(403);
  });
});

describe('adding an item', () => {
  it('lets a resident add an initiative, which waits for review', async () => {
    const page = await resident.get('/sociale-kaart/nieuw');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('value="key_person"');
    const res = await resident.post('/sociale-kaart/nieuw', {
      ...formFields(html),
      kind: 'group',
      title: 'Breiclub Vogelbuurt',
      areaCode: 'BU99990204',
      themes: ['ontmoeting'],
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/sociale-kaart\/[0-9a-f-]{36}\/bewerken\?saved=pending$/);
    expect(text(await (await editor.get('/sociale-kaart/redactie')).text())).toContain('Breiclub Vogelbuurt');
  });

  it('keeps the values on errors and sends visitors to sign in', async () => {
    const page = await (await editor.get('/sociale-kaart/nieuw')).text();
    const res = await editor.post('/sociale-kaart/nieuw', {
      ...formFields(page),
      kind: 'activity',
      title: 'Zonder tijden',
      'contact.0.type': 'email',
      'contact.0.value': 'geen-adres',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="Zonder tijden"');
    expect(html).toContain('href="#field-contact-0-value"');
    expect((await anonymous.get('/sociale-kaart/nieuw')).headers.get('location')).toBe(
      '/inloggen?next=%2Fsociale-kaart%2Fnieuw',
    );
  });
});

describe('history and restore', () => {
  it('lists the versions with their diffs and restores an earlier one', async () => {
    const id = await assetId('Speeltuin Hooiland');
    const res = await admin.get(`/sociale-kaart/${id}/geschiedenis`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(text(html)).toContain('Huidige versie');
    expect(html).toContain('<del');
    const first = [...html.matchAll(/name="revisionId" value="([^"]+)"/g)].at(-1)?.[1];
    expect(first).toBeTruthy();
    const before = await revisionCount(id);
    const restore = await admin.submit(`/sociale-kaart/${id}/geschiedenis`, { revisionId: first ?? '' });
    expect(restore.status).toBe(302);
    expect(restore.headers.get('location')).toBe(`/sociale-kaart/${id}/geschiedenis?saved=restored`);
    expect(await revisionCount(id)).toBe(before + 1);
    expect(text(await (await admin.get(restore.headers.get('location') ?? '')).text())).toContain(
      'Teruggezet van versie',
    );
  });

  it('shows the owner their history without restore, and hides it from others', async () => {
    const id = await assetId('Buurt-WhatsApp Klaverblad');
    const own = await resident.get(`/sociale-kaart/${id}/geschiedenis`);
    expect(own.status).toBe(200);
    expect(await own.text()).not.toContain('name="revisionId"');
    const other = await assetId('Speeltuin Hooiland');
    expect((await resident.get(`/sociale-kaart/${other}/geschiedenis`)).status).toBe(404);
    expect((await otherOfficer.get(`/sociale-kaart/${other}/geschiedenis`)).status).toBe(404);
    expect((await anonymous.get(`/sociale-kaart/${other}/geschiedenis`)).status).toBe(302);
  });
});

describe('key person consent', () => {
  it('records and withdraws consent, refused to others', async () => {
    const id = await assetId('Ria Hendriks');
    const page = await otherOfficer.get(`/sociale-kaart/${id}/toestemming`);
    expect(page.status).toBe(200);
    expect(text(await page.text())).toContain('Vastgelegde toestemmingen');

    const bad = await otherOfficer.submit(`/sociale-kaart/${id}/toestemming`, {
      intent: 'record',
      purpose: 'network_contact',
      givenVia: 'phone',
      locale: 'nl',
      consentText: 'ja',
    });
    expect(bad.status).toBe(400);
    const ok = await otherOfficer.submit(`/sociale-kaart/${id}/toestemming`, {
      intent: 'record',
      purpose: 'network_contact',
      givenVia: 'phone',
      locale: 'nl',
      consentText: 'Ik vind het goed dat de gemeente mij belt over het netwerk.',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`/sociale-kaart/${id}/toestemming?saved=consentRecorded`);
    const withdraw = await otherOfficer.submit(`/sociale-kaart/${id}/toestemming`, {
      intent: 'withdraw',
      purpose: 'publication',
    });
    expect(withdraw.status).toBe(302);
    const after = text(await (await otherOfficer.get(`/sociale-kaart/${id}/toestemming`)).text());
    expect(after).toContain('Ingetrokken op');
    expect(after).toContain('alleen zichtbaar voor medewerkers');

    // Now staff-only: a resident does not even learn it exists; another area's officer may not change it.
    expect((await resident.get(`/sociale-kaart/${id}/toestemming`)).status).toBe(404);
    expect([403, 404]).toContain((await editor.get(`/sociale-kaart/${id}/toestemming`)).status);
    expect((await anonymous.get(`/sociale-kaart/${id}/toestemming`)).status).toBe(302);
    // Not a key person: no consent page.
    expect(
      (await admin.get(`/sociale-kaart/${await assetId('Speeltuin Hooiland')}/toestemming`)).status,
    ).toBe(404);
  });
});
