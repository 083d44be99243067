import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, demoMunicipalityId, jsonWith } from '../../../../test/bearer.ts';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { expiresIn, signToken } from '../signed-token.ts';
import { smDb } from '../social-map.tables.ts';
import { mailsTo, tokenFrom } from '../testing.ts';
import {
  anonymousFrom,
  apiTestEnv,
  assetIdByTitle,
  responseValidator,
  withLocale,
} from './social-map-api.testing.ts';

// The public doors (submit, confirm, report, "still correct") and the editors' queue, driven
// through the API only: a resident's proposal reaches the map after confirmation and review,
// and enough reports hide an item until an editor decides.

let t: TestApp;
let officer: Record<string, string>; // Centrum (WK999901)
let officerNoord: Record<string, string>;
let resident: Record<string, string>;
let admin: Record<string, string>;
let check: ReturnType<typeof responseValidator>;

const base = '/api/v1/social-map';

beforeAll(async () => {
  t = await createTestApp({ template: 'full', env: apiTestEnv });
  officer = await bearerFor(t, 'wijkambtenaar.centrum@voorbeeld.example');
  officerNoord = await bearerFor(t, 'wijkambtenaar.noordoost@voorbeeld.example');
  resident = await bearerFor(t, 'bewoner@voorbeeld.example');
  admin = await bearerFor(t, 'beheerder@voorbeeld.example');
  check = responseValidator(await (await t.request('/api/v1/openapi.json')).json());
});
afterAll(() => t.close());

const post = (path: string, headers: Record<string, string>, body: unknown) =>
  t.request(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });

const taalmaatjes = {
  kind: 'group',
  title: 'Taalmaatjes Havenbuurt',
  summary: 'Samen Nederlands praten bij iemand thuis of in de bibliotheek.',
  areaCode: 'BU99990102',
  themes: ['taal-en-leren'],
  targetGroups: ['nieuwkomers'],
  locationType: 'none',
  costFree: true,
  submitterName: 'Anouk',
  submitterEmail: 'anouk@example.org',
};

async function submissionCount(): Promise<number> {
  const r = await smDb(t.ctx.db)
    .selectFrom('social_map_submissions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('submission → confirm → queue → approve, through the API only', () => {
  it('publishes a resident’s proposal after e-mail confirmation and an editor’s approval', async () => {
    const res = await post('/submissions', anonymousFrom(t), taalmaatjes);
    expect(res.status).toBe(202);
    const body = await res.json();
    expect(check('/social-map/submissions', 'post', 202, body)).toEqual([]);
    expect(body.detail).toMatch(/Bevestig/);

    const [mail] = await mailsTo(t.ctx.db, 'anouk@example.org', 'social-map-submission');
    const token = tokenFrom(mail?.body_text ?? '', 'bevestigen');
    const confirm = await post('/submissions/confirm', anonymousFrom(t), { token });
    expect(confirm.status).toBe(200);
    const confirmed = await confirm.json();
    expect(check('/social-map/submissions/confirm', 'post', 200, confirmed)).toEqual([]);
    expect(confirmed).toMatchObject({ outcome: 'pending', alreadyConfirmed: false });
    expect((await t.request(`${base}/assets/${confirmed.assetId}`)).status).toBe(404);
    // Following the link again changes nothing.
    const again = await (await post('/submissions/confirm', anonymousFrom(t), { token })).json();
    expect(again).toMatchObject({ assetId: confirmed.assetId, alreadyConfirmed: true });

    const queueRes = await t.request(`${base}/queue`, { headers: officer });
    expect(queueRes.status).toBe(200);
    const queue = await queueRes.json();
    expect(check('/social-map/queue', 'get', 200, queue)).toEqual([]);
    const entry = queue.revisions.find((r: { assetId: string }) => r.assetId === confirmed.assetId);
    expect(entry).toMatchObject({ state: 'pending', isNew: true, source: 'public', authorLabel: 'Anouk' });
    expect(entry.changes).toContainEqual({ field: 'title', before: null, after: 'Taalmaatjes Havenbuurt' });
    // Another area's officer does not see it, and may not decide on it.
    const other = await (await t.request(`${base}/queue`, { headers: officerNoord })).json();
    expect(other.revisions.map((r: { assetId: string }) => r.assetId)).not.toContain(confirmed.assetId);
    const review = (headers: Record<string, string>, body: unknown) =>
      post(`/revisions/${entry.revisionId}/review`, headers, body);
    expect((await review(jsonWith(officerNoord), { decision: 'approve' })).status).toBe(403);
    expect((await review(jsonWith(resident), { decision: 'approve' })).status).toBe(403);
    expect((await review(anonymousFrom(t), { decision: 'approve' })).status).toBe(401);

    const approved = await review(jsonWith(officer), { decision: 'approve', reason: 'Welkom op de kaart!' });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ assetId: confirmed.assetId, assetStatus: 'published' });
    expect((await t.request(`${base}/assets/${confirmed.assetId}`)).status).toBe(200);
    const found = await (await t.request(`${base}/assets?q=taalmaatjes`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toContain(confirmed.assetId);
    const [decision] = await mailsTo(t.ctx.db, 'anouk@example.org', 'social-map-review');
    expect(decision?.body_text).toContain('Welkom op de kaart!');
    const twice = await review(jsonWith(officer), { decision: 'approve' });
    expect(twice.status).toBe(409);
  });

  it('needs a reason to reject, and mails it to the submitter', async () => {
    await post('/submissions', anonymousFrom(t), {
      ...taalmaatjes,
      title: 'Gratis bitcoins',
      submitterEmail: 'spam@example.org',
    });
    const [mail] = await mailsTo(t.ctx.db, 'spam@example.org', 'social-map-submission');
    const { assetId } = await (
      await post('/submissions/confirm', anonymousFrom(t), {
        token: tokenFrom(mail?.body_text ?? '', 'bevestigen'),
      })
    ).json();
    const queue = await (await t.request(`${base}/queue?area=WK999901`, { headers: officer })).json();
    const entry = queue.revisions.find((r: { assetId: string }) => r.assetId === assetId);
    const noReason = await post(
      `/revisions/${entry.revisionId}/review`,
      withLocale(jsonWith(officer), 'en'),
      {
        decision: 'reject',
      },
    );
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).invalidParams).toEqual([
      { name: 'reason', code: 'validation.required', reason: expect.any(String) },
    ]);
    const bad = await post(`/revisions/${entry.revisionId}/review`, jsonWith(officer), { decision: 'maybe' });
    expect(bad.status).toBe(400);
    const rejected = await post(`/revisions/${entry.revisionId}/review`, jsonWith(officer), {
      decision: 'reject',
      reason: 'Dit is geen aanbod in de buurt.',
    });
    expect((await rejected.json()).assetStatus).toBe('rejected');
    const [decision] = await mailsTo(t.ctx.db, 'spam@example.org', 'social-map-review');
    expect(decision?.body_text).toContain('Dit is geen aanbod in de buurt.');
  });

  it('keeps the queue for editors: 401 anonymous, 403 residents, 403 another area', async () => {
    expect((await t.request(`${base}/queue`)).status).toBe(401);
    expect((await t.request(`${base}/queue`, { headers: resident })).status).toBe(403);
    expect((await t.request(`${base}/queue?area=WK999902`, { headers: officer })).status).toBe(403);
    expect((await t.request(`${base}/queue?area=WK000000`, { headers: officer })).status).toBe(404);
    expect((await t.request(`${base}/queue?area=WK999902`, { headers: admin })).status).toBe(200);
  });
});

describe('POST /social-map/submissions: spam defences and bad input', () => {
  it('answers a filled-in honeypot as usual and keeps nothing, even when the rest is nonsense', async () => {
    const before = await submissionCount();
    const valid = await post('/submissions', anonymousFrom(t), { ...taalmaatjes, honeypot: 'http://spam' });
    expect(valid.status).toBe(202);
    const nonsense = await post('/submissions', anonymousFrom(t), { title: 5, honeypot: 'x' });
    expect(nonsense.status).toBe(202);
    expect(await submissionCount()).toBe(before);
  });

  it('submits once for the same Idempotency-Key', async () => {
    const before = await submissionCount();
    const headers = { ...anonymousFrom(t), 'Idempotency-Key': 'aanmelding-0001' };
    const body = { ...taalmaatjes, title: 'Buurtbieb Havenbuurt', submitterEmail: 'twice@example.org' };
    expect((await post('/submissions', headers, body)).status).toBe(202);
    expect((await post('/submissions', headers, body)).status).toBe(202);
    expect(await submissionCount()).toBe(before + 1);
    expect(await mailsTo(t.ctx.db, 'twice@example.org')).toHaveLength(1);
  });

  it('rate limits per address with 429 and Retry-After', async () => {
    const ip = '203.0.113.77';
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await post('/submissions', anonymousFrom(t, ip), {
        ...taalmaatjes,
        title: `Herhaling ${i}`,
        submitterEmail: 'limit@example.org',
      });
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('answers bad input with invalidParams in Dutch and English, and malformed JSON with 400', async () => {
    const input = { ...taalmaatjes, submitterEmail: 'geen-adres', kind: 'key_person' };
    const nl = await (await post('/submissions', anonymousFrom(t), input)).json();
    const names = nl.invalidParams.map((i: { name: string }) => i.name).sort();
    expect(names).toEqual(['kind', 'submitterEmail']);
    expect(nl.invalidParams.find((i: { name: string }) => i.name === 'submitterEmail').reason).toMatch(
      /e-mailadres/,
    );
    const en = await (await post('/submissions', withLocale(anonymousFrom(t), 'en'), input)).json();
    expect(en.invalidParams.find((i: { name: string }) => i.name === 'submitterEmail').reason).toMatch(
      /e-mail address/i,
    );
    const raw = await t.request(`${base}/submissions`, {
      method: 'POST',
      headers: anonymousFrom(t),
      body: '{',
    });
    expect(raw.status).toBe(400);
    expect((await post('/submissions/confirm', anonymousFrom(t), { token: 42 })).status).toBe(400);
    const invalid = await post('/submissions/confirm', anonymousFrom(t), { token: 'x'.repeat(40) });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).detail).toBe('Deze link is ongeldig of verlopen.');
  });

  it('needs the CSRF header from a browser without a token', async () => {
    const res = await t.request(`${base}/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(taalmaatjes),
    });
    expect(res.status).toBe(403);
  });
});

describe('reports: hidden after the configured number, until an editor decides', () => {
  it('hides an item once enough different people reported it, and shows it again when kept', async () => {
    const put = await t.request(`${base}/settings`, {
      method: 'PUT',
      headers: jsonWith(admin),
      body: JSON.stringify({
        reportHideThreshold: 2,
        verifyAfterMonths: 6,
        graceMonths: 1,
        hideAfterMonths: 3,
        keyPersonRetentionMonths: 24,
        submitterRetentionMonths: 12,
      }),
    });
    expect(put.status).toBe(200);
    const id = await assetIdByTitle(t, 'Buurtkoor Havenklanken');
    const report = (ip: string, body: unknown) => post(`/assets/${id}/reports`, anonymousFrom(t, ip), body);

    const first = await report('192.0.2.10', {
      reason: 'error',
      message: 'Is verhuisd.',
      email: 'melder@example.org',
    });
    expect(first.status).toBe(202);
    expect(check('/social-map/assets/{id}/reports', 'post', 202, await first.json())).toEqual([]);
    expect((await t.request(`${base}/assets/${id}`)).status).toBe(200);
    // The same person twice counts once.
    await report('192.0.2.10', { reason: 'error' });
    expect((await t.request(`${base}/assets/${id}`)).status).toBe(200);
    await report('192.0.2.11', { reason: 'abuse', message: 'Reclame.' });
    expect((await t.request(`${base}/assets/${id}`)).status).toBe(404);
    const search = await (await t.request(`${base}/assets?q=havenklanken`)).json();
    expect(search.items).toEqual([]);

    const queue = await (await t.request(`${base}/queue`, { headers: officer })).json();
    const entry = queue.reports.find((r: { assetId: string }) => r.assetId === id);
    expect(entry.hidden).toBe(true);
    expect(entry.reports).toHaveLength(3);
    expect(entry._links.resolve.href).toBe(`${base}/assets/${id}/reports/resolve`);

    const resolve = (headers: Record<string, string>, body: unknown) =>
      post(`/assets/${id}/reports/resolve`, headers, body);
    expect((await resolve(jsonWith(resident), { decision: 'keep' })).status).toBe(403);
    expect((await resolve(jsonWith(officerNoord), { decision: 'keep' })).status).toBe(403);
    expect((await resolve(jsonWith(officer), { decision: 'later' })).status).toBe(400);
    expect((await resolve(jsonWith(officer), { decision: 'keep', reason: 'Klopt nog.' })).status).toBe(204);
    expect((await t.request(`${base}/assets/${id}`)).status).toBe(200);
    const [mail] = await mailsTo(t.ctx.db, 'melder@example.org', 'social-map-report');
    expect(mail?.body_text).toContain('Klopt nog.');
  });

  it('archives an item an editor removes', async () => {
    const id = await assetIdByTitle(t, 'Verhalen van de Haven');
    await post(`/assets/${id}/reports`, anonymousFrom(t), { reason: 'abuse' });
    expect(
      (await post(`/assets/${id}/reports/resolve`, jsonWith(officer), { decision: 'remove' })).status,
    ).toBe(204);
    expect((await t.request(`${base}/assets/${id}`)).status).toBe(404);
    expect((await (await t.request(`${base}/assets/${id}`, { headers: officer })).json()).status).toBe(
      'archived',
    );
  });

  it('answers a bad report with 400, and a report on what one cannot see with 404', async () => {
    const id = await assetIdByTitle(t, 'Bibliotheek Voorbeeld, vestiging Centrum');
    const bad = await post(`/assets/${id}/reports`, anonymousFrom(t), { reason: 'boring', email: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const samir = await assetIdByTitle(t, 'Samir Bouzid');
    expect((await post(`/assets/${samir}/reports`, anonymousFrom(t), { reason: 'error' })).status).toBe(404);
  });
});

describe('POST /social-map/verifications', () => {
  it('confirms "still correct" with the token from the reminder, and refuses a bad one', async () => {
    const id = await assetIdByTitle(t, 'Speeltuin Havenpleintje');
    await smDb(t.ctx.db)
      .updateTable('social_map_assets')
      .set({ last_verified_at: new Date('2025-01-01T00:00:00Z') })
      .where('id', '=', id)
      .execute();
    const token = signToken(t.ctx.secret, {
      p: 'verify',
      m: await demoMunicipalityId(t),
      s: id,
      exp: expiresIn(90),
    });
    const res = await post('/verifications', anonymousFrom(t), { token });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(check('/social-map/verifications', 'post', 200, body)).toEqual([]);
    expect(body).toMatchObject({ assetId: id, title: 'Speeltuin Havenpleintje' });
    const a = await (await t.request(`${base}/assets/${id}`)).json();
    expect(Date.now() - Date.parse(a.freshness.lastVerifiedAt)).toBeLessThan(60_000);
    const bad = await post('/verifications', withLocale(anonymousFrom(t), 'en'), { token: `${token}x` });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail).toBe('This link is invalid or has expired.');
    expect((await post('/verifications', anonymousFrom(t), {})).status).toBe(400);
  });
});
