import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import { reviewsDb } from '../../../../modules/plan/reviews/reviews.tables.ts';
import { createSmallPlan, ctxFor, demoEmails, type SmallPlan } from '../../../../modules/plan/testing.ts';
import { updateItem } from '../../../../modules/plan/update-item.ts';

// The review and version pages as HTML over HTTP, without JavaScript: schedule a review moment,
// hold it (with the errors a form can make), save versions and compare two; and who may see what.

let t: TestApp;
let small: SmallPlan;
let draft: SmallPlan;

beforeAll(async () => {
  t = await createTestApp({ template: 'demo', pages: true });
  small = await createSmallPlan(t.ctx.db);
  draft = await createSmallPlan(t.ctx.db, { state: 'draft', title: 'Concept wijkplan' });
});
afterAll(() => t.close());

const daan = () => signedInBrowser(t, demoEmails.officerNoordhoek, 'demo-noordoost-2026');
const resident = () => signedInBrowser(t, demoEmails.resident, 'demo-bewoner-2026');
const text = pageText;

async function reviewIdByTitle(title: string): Promise<string> {
  const row = await reviewsDb(t.ctx.db)
    .selectFrom('plan_reviews')
    .select('id')
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('review moments pages', () => {
  it('an officer schedules one; a mistake is explained at its field', async () => {
    const b = await daan();
    const path = `/wijkplannen/${small.plan.id}/peilmomenten`;
    const page = await b.get(path);
    expect(page.status).toBe(200);
    expect(text(await page.text())).toContain('Peilmoment plannen');

    const bad = await b.submit(path, { title: '', scheduledOn: '10 maart', remindDaysBefore: '14' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#field-title"');
    expect(badHtml).toContain('href="#field-scheduledOn"');
    expect(text(badHtml)).toContain('Vul een datum in');

    const ok = await b.submit(path, {
      title: 'Peilmoment voorjaar',
      scheduledOn: '2026-03-10',
      remindDaysBefore: '14',
    });
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`${path}?saved=scheduled`);
    const list = text(await (await b.get(`${path}?saved=scheduled`)).text());
    expect(list).toContain('Het peilmoment is gepland.');
    expect(list).toContain('Peilmoment voorjaar');
    expect(list).toContain('24 februari 2026');
  });

  it('holds it: every item a verdict, a note where needed, then a version', async () => {
    const b = await daan();
    const reviewId = await reviewIdByTitle('Peilmoment voorjaar');
    const path = `/wijkplannen/${small.plan.id}/peilmomenten/${reviewId}`;
    const page = await (await b.get(path)).text();
    for (const item of [
      small.goal,
      small.actionLine,
      small.corporationIntervention,
      small.welfareIntervention,
    ])
      expect(page).toContain(`name="verdict-${item.id}"`);
    const version = page.match(/name="version" value="(\d+)"/)?.[1] ?? '';
    const itemId = [
      small.goal.id,
      small.actionLine.id,
      small.corporationIntervention.id,
      small.welfareIntervention.id,
    ];

    // "Needs attention" without a note: the note is asked for, at that item.
    const noNote = await b.submit(path, {
      intent: 'save',
      version,
      itemId,
      [`verdict-${small.goal.id}`]: 'on_track',
      [`verdict-${small.corporationIntervention.id}`]: 'needs_attention',
    });
    expect(noNote.status).toBe(400);
    const noNoteHtml = await noNote.text();
    expect(noNoteHtml).toContain(`href="#field-note-${small.corporationIntervention.id}"`);
    // What was chosen stays chosen.
    expect(noNoteHtml).toMatch(/value="on_track"[^>]*checked|checked[^>]*value="on_track"/);

    const saved = await b.submit(path, {
      intent: 'save',
      version,
      itemId,
      [`verdict-${small.goal.id}`]: 'on_track',
      [`verdict-${small.corporationIntervention.id}`]: 'needs_attention',
      [`note-${small.corporationIntervention.id}`]: 'Weinig bewoners bij de eerste gesprekken.',
    });
    expect(saved.status).toBe(302);
    const afterSave = await (await b.get(`${path}?saved=assessed`)).text();
    expect(text(afterSave)).toContain('2 van 4 onderdelen hebben een oordeel.');

    // Completing with items still open names them; nothing is held.
    const v2 = afterSave.match(/name="version" value="(\d+)"/)?.[1] ?? '';
    const early = await b.submit(path, { intent: 'complete', version: v2, itemId });
    expect(early.status).toBe(400);
    const earlyHtml = await early.text();
    expect(text(earlyHtml)).toContain('Nog 2 onderdelen zonder oordeel.');
    expect(earlyHtml).toContain(`href="#field-verdict-${small.welfareIntervention.id}"`);

    const done = await b.submit(path, {
      intent: 'complete',
      version: v2,
      itemId,
      [`verdict-${small.goal.id}`]: 'on_track',
      [`verdict-${small.actionLine.id}`]: 'on_track',
      [`verdict-${small.corporationIntervention.id}`]: 'needs_attention',
      [`note-${small.corporationIntervention.id}`]: 'Weinig bewoners bij de eerste gesprekken.',
      [`verdict-${small.welfareIntervention.id}`]: 'to_adjust',
      [`note-${small.welfareIntervention.id}`]: 'Burendag een week later, samen met de school.',
      summary: 'Portiekgesprekken krijgen een tweede ronde.',
    });
    expect(done.status).toBe(302);
    const held = text(await (await b.get(`${path}?saved=held`)).text());
    expect(held).toContain('Het peilmoment is afgerond en het plan is bewaard als versie 1.');
    expect(held).toContain('2 op koers, 1 aandacht nodig, 1 bijstellen');
    expect(held).toContain('Burendag een week later, samen met de school.');
    expect(held).not.toContain('Tussendoor bewaren');

    // The outcome is public with the adopted plan; the form is not.
    const anon = new PageBrowser(t);
    const publicPage = await anon.get(path);
    expect(publicPage.status).toBe(200);
    expect(text(await publicPage.text())).toContain('Bijstellen');
  });

  it('versions: save one, compare with the review version, in Dutch and English', async () => {
    const b = await daan();
    const ctx = await ctxFor(t.ctx.db, demoEmails.officerNoordhoek);
    const current = await reviewsDb(t.ctx.db)
      .selectFrom('plan_items')
      .select('version')
      .where('id', '=', small.welfareIntervention.id)
      .executeTakeFirstOrThrow();
    await updateItem(ctx, small.plan.id, small.welfareIntervention.id, {
      version: current.version,
      startDate: '2026-10-03',
      endDate: '2026-10-03',
    });
    const path = `/wijkplannen/${small.plan.id}/versies`;
    const saved = await b.submit(path, { label: 'Na de burendag verzet' });
    expect(saved.status).toBe(302);
    const html = await (await b.get(`${path}?saved=version`)).text();
    expect(text(html)).toContain('Versie 2: Na de burendag verzet');
    expect(text(html)).toContain('Versie 1: Peilmoment voorjaar');
    const compareHref = html.match(/href="(\/wijkplannen\/[^"]+\/versies\/vergelijken\?van=[^"]+)"/)?.[1];
    expect(compareHref).toBeDefined();
    const cmp = await b.get((compareHref ?? '').replaceAll('&amp;', '&'));
    expect(cmp.status).toBe(200);
    const cmpText = text(await cmp.text());
    expect(cmpText).toContain('Verschoven in de tijd');
    expect(cmpText).toContain('26 september 2026 tot 26 september 2026');
    expect(cmpText).toContain('3 oktober 2026 tot 3 oktober 2026');
    const en = text(await (await b.get(`${(compareHref ?? '').replaceAll('&amp;', '&')}&lang=en`)).text());
    expect(en).toContain('Re-timed');

    expect((await b.get(`${path}/vergelijken?van=x&naar=y`)).status).toBe(404);
  });

  it('refuses residents and hides drafts', async () => {
    const r = await resident();
    const res = await r
      .submit(`/wijkplannen/${small.plan.id}/peilmomenten`, {
        title: 'Mijn peilmoment',
        scheduledOn: '2026-05-01',
      })
      .catch(() => null);
    // The resident sees no form (no CSRF field to post with) or is refused when posting.
    if (res) expect(res.status).toBe(403);
    const page = text(await (await r.get(`/wijkplannen/${small.plan.id}/peilmomenten`)).text());
    expect(page).not.toContain('Peilmoment plannen');
    expect((await r.get(`/wijkplannen/${draft.plan.id}/peilmomenten`)).status).toBe(404);
    expect((await r.get(`/wijkplannen/${draft.plan.id}/versies`)).status).toBe(404);
    expect((await r.get('/wijkplannen/not-a-plan/versies')).status).toBe(404);
  });
});
