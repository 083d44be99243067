import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmallPlan, ctxFor, demoEmails, type SmallPlan } from '../src/modules/plan/testing.ts';
import { updateItem } from '../src/modules/plan/update-item.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The plan edit pages in Chromium, with and without JavaScript: every page type passes axe
// (WCAG 2.1 AA), in Dutch and English, and so do the answers to a bad form and to a conflicting
// save. (The lost-update flow itself is covered by the page and API integration tests.)

const skip = skipWithoutChromium();

describe.skipIf(skip)('editing a plan (browser)', () => {
  let site: E2eSite;
  let small: SmallPlan;
  let officerJs: BrowserContext;
  let officerNoJs: BrowserContext;
  let corporation: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'full' });
    small = await createSmallPlan(site.app.ctx.db, { title: 'Wijkplan Noordhoek (bewerken)' });
    officerJs = await site.browser.newContext();
    officerNoJs = await site.browser.newContext({ javaScriptEnabled: false });
    corporation = await site.browser.newContext({ javaScriptEnabled: false });
    for (const [context, email, password] of [
      [officerJs, demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
      [officerNoJs, demoEmails.officerNoordhoek, 'demo-noordoost-2026'],
      [corporation, demoEmails.corporation, 'demo-woonstichting-2026'],
    ] as const) {
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, email, password);
      await page.close();
    }
  });
  afterAll(async () => {
    await site?.close();
  });

  /**
   * axe needs JavaScript in the page: for a page without it, the server's HTML (scripts left out)
   * is checked in a page that runs scripts, at the same address so the styles load.
   */
  async function expectNoViolations(page: Page, what: string, js = true) {
    let target = page;
    const checker = js ? null : await site.browser.newContext();
    try {
      if (checker) {
        const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
        target = await checker.newPage();
        await target.goto(page.url());
        await target.setContent(html, { waitUntil: 'load' });
      }
      const violations = await axeViolations(target);
      expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
    } finally {
      await checker?.close();
    }
  }

  const pages = () => {
    const plan = `/wijkplannen/${small.plan.id}`;
    return [
      '/wijkplannen/nieuw',
      `${plan}/bewerken`,
      `${plan}/leden`,
      `${plan}/onderdelen/nieuw?onder=${small.actionLine.id}`,
      `${plan}/onderdelen/${small.corporationIntervention.id}/bewerken`,
    ];
  };

  /** The answer to a posted form, checked as the browser would show it (same address, styles). */
  async function expectAnswerPasses(path: string, html: string, what: string) {
    const checker = await site.browser.newContext();
    try {
      const page = await checker.newPage();
      await page.goto(`${site.baseUrl}${path}`);
      await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''), { waitUntil: 'load' });
      expect(await page.locator('h1').count()).toBe(1);
      const violations = await axeViolations(page);
      expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
    } finally {
      await checker.close();
    }
  }

  /** Posts a form as the signed-in officer (the context's cookies), with the page's CSRF token. */
  async function post(path: string, fields: Record<string, string>) {
    const form = await (await officerNoJs.request.get(`${site.baseUrl}${path}`)).text();
    const csrf = form.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const res = await officerNoJs.request.post(`${site.baseUrl}${path}`, {
      form: { _csrf: csrf, ...fields },
      maxRedirects: 0,
    });
    return { status: res.status(), html: await res.text(), form };
  }

  it('a form with errors and the conflict view pass axe', { timeout: 180_000 }, async () => {
    const newPlan = await post('/wijkplannen/nieuw', { title: '', periodStart: 'morgen', periodEnd: '' });
    expect(newPlan.status).toBe(400);
    await expectAnswerPasses('/wijkplannen/nieuw', newPlan.html, 'new plan with errors');

    const members = `/wijkplannen/${small.plan.id}/leden`;
    const unknown = await post(members, { intent: 'addPerson', personEmail: 'niemand@voorbeeld.example' });
    expect(unknown.status).toBe(400);
    await expectAnswerPasses(members, unknown.html, 'members with an unknown person');

    const item = small.welfareIntervention;
    const edit = `/wijkplannen/${small.plan.id}/onderdelen/${item.id}/bewerken`;
    const opened = (await (await officerNoJs.request.get(`${site.baseUrl}${edit}`)).text()).match(
      /name="version" value="(\d+)"/,
    )?.[1] as string;
    // Someone else saves first; the officer's save from the version he opened is a conflict.
    const other = await ctxFor(site.app.ctx.db, demoEmails.officerNoordhoek);
    await updateItem(other, small.plan.id, item.id, { version: Number(opened), progress: 55 });
    const conflict = await post(edit, {
      intent: 'item',
      version: opened,
      title: item.title,
      description: '',
      status: 'running',
      progress: '20',
      weight: '',
      startDate: '',
      endDate: '',
      ownerOrganisationId: item.ownerOrganisation?.id ?? '',
      contactPersonId: '',
      themes: '',
    });
    expect(conflict.status).toBe(409);
    await expectAnswerPasses(edit, conflict.html, 'item conflict view');

    const badMilestone = await post(edit, { intent: 'milestone-add', title: '', dueDate: '15 mei' });
    expect(badMilestone.status).toBe(400);
    await expectAnswerPasses(edit, badMilestone.html, 'milestone with errors');
  });

  for (const label of ['with JavaScript', 'without JavaScript']) {
    for (const index of [0, 1, 2, 3, 4]) {
      it(`edit page ${index + 1} of 5 passes axe ${label}, in Dutch and English`, {
        timeout: 180_000,
      }, async () => {
        const page = await (label === 'with JavaScript' ? officerJs : officerNoJs).newPage();
        const path = pages()[index] as string;
        for (const lang of ['', 'lang=en']) {
          const url = `${site.baseUrl}${path}${lang ? (path.includes('?') ? '&' : '?') + lang : ''}`;
          const res = await page.goto(url);
          expect(res?.status(), url).toBe(200);
          expect(await page.locator('h1').count()).toBe(1);
          await expectNoViolations(page, url, label === 'with JavaScript');
        }
        await page.close();
      });
    }
  }
});
