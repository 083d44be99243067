import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../src/core/audit/write.ts';
import { getItemView, getPlanView } from '../src/modules/plan/get-plan.ts';
import { listPlans } from '../src/modules/plan/list-plans.ts';
import type { PlanTreeNode } from '../src/modules/plan/plan.ts';
import { flattenTree } from '../src/modules/plan/plan-tree.ts';
import { listReviews } from '../src/modules/plan/reviews/list-reviews.ts';
import { demoActor, voorbeeldId } from '../src/modules/social-map/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// Across the parts of the plan module, on the demo (full template): Karin de Boer, the housing
// corporation's co-author of the Noordhoek wijkplan, updates her intervention before the next
// review moment (progress, text, a measured value), with and without JavaScript; she cannot
// change the police's intervention; the area officer then sees her update on the review page.
// axe (WCAG 2.1 AA) on every page on the way.

const skip = skipWithoutChromium();
const karin = { email: 'k.deboer@woonstichting.voorbeeld.example', password: 'demo-woonstichting-2026' };
const daan = { email: 'wijkambtenaar.noordoost@voorbeeld.example', password: 'demo-noordoost-2026' };
const portieken = 'Verlichting en toegangsdeuren portieken Noorderhof vernieuwen';
const policeItem = 'Aanpak overlast rond het Kwikstaartplein';
// Many page loads with axe on each: slow on a busy shared machine.
const slow = { timeout: 180_000 };

describe.skipIf(skip)(
  'a co-author of the housing corporation updates an intervention before a review moment',
  () => {
    let site: E2eSite;
    let officer: ServiceContext;
    let planId: string;
    let nodes: PlanTreeNode[];
    const idOf = (title: string) => {
      const n = nodes.find((x) => x.item.title === title);
      if (!n) throw new Error(`no demo item ${title}`);
      return n.item.id;
    };

    beforeAll(async () => {
      site = await startSite({ template: 'full' });
      const m = await voorbeeldId(site.app.ctx.db);
      officer = { db: site.app.ctx.db, actor: await demoActor(site.app.ctx.db, m, daan.email), meta: {} };
      const { plans } = await listPlans(officer, { areaCode: 'WK999902', kind: 'area_plan' });
      const noordhoek = plans.find((p) => p.title.startsWith('Wijkplan Noordhoek'));
      if (!noordhoek) throw new Error('the full template has no Noordhoek plan: is the plan demo loaded?');
      planId = noordhoek.id;
      nodes = flattenTree((await getPlanView(officer, planId)).tree);
    });
    afterAll(async () => {
      await site?.close();
    });

    /**
     * axe needs JavaScript in the page: without it, the server's HTML (scripts left out) is checked
     * in a second page that runs scripts, at the same address so the styles load.
     */
    async function expectAccessible(page: Page, what: string, js = true) {
      expect(await page.locator('h1').count(), what).toBe(1);
      let target = page;
      const checkerContext = js ? null : await site.browser.newContext();
      try {
        if (checkerContext) {
          const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
          target = await checkerContext.newPage();
          await target.goto(page.url());
          await target.setContent(html, { waitUntil: 'load' });
        }
        const violations = await axeViolations(target);
        expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
      } finally {
        await checkerContext?.close();
      }
    }

    it(
      'with JavaScript: she finds the next review, updates her intervention and records a value',
      slow,
      async () => {
        const context = await site.browser.newContext();
        const page = await context.newPage();
        try {
          await signInAs(page, site.baseUrl, karin.email, karin.password);

          // The plan from the list, and the next review moment.
          await page.goto(`${site.baseUrl}/wijkplannen`);
          await expectAccessible(page, 'plan list');
          await page
            .getByRole('link', { name: /Wijkplan Noordhoek/ })
            .first()
            .click();
          await page.waitForURL(new RegExp(`/wijkplannen/${planId}$`));
          await expectAccessible(page, 'plan page');
          await page.goto(`${site.baseUrl}/wijkplannen/${planId}/peilmomenten`);
          await expect(
            page.getByRole('main').getByText('Peilmoment voorjaar').first().isVisible(),
          ).resolves.toBe(true);
          await expectAccessible(page, 'review moments');

          // Her intervention: the public item page links to its edit form.
          const itemId = idOf(portieken);
          await page.goto(`${site.baseUrl}/wijkplannen/${planId}/onderdelen/${itemId}`);
          await expectAccessible(page, 'item page');
          await page.locator(`main a[href$="/onderdelen/${itemId}/bewerken"]`).first().click();
          await page.waitForURL(/\/bewerken$/);
          await expectAccessible(page, 'item edit page');

          const itemForm = page.locator('main form:has(input[name="intent"][value="item"])');
          await itemForm.locator('[name="progress"]').fill('70');
          const description = itemForm.locator('[name="description"]');
          await description.fill(
            `${await description.inputValue()} Stand voor het peilmoment: 27 portieken klaar, de rest volgt in het voorjaar.`,
          );
          await itemForm.locator('button[type="submit"]').first().click();
          await page.waitForURL(/saved=/);

          // A measured value for the indicator "Portieken vernieuwd".
          const renewed = (await getItemView(officer, planId, itemId)).node.item.indicators.find(
            (i) => i.name === 'Portieken vernieuwd',
          );
          if (!renewed) throw new Error('no indicator Portieken vernieuwd');
          const valueForm = page.locator(
            `main form:has(input[name="intent"][value="indicator-value"]):has(input[name="indicatorId"][value="${renewed.id}"])`,
          );
          await valueForm.locator('[name="value"]').fill('27');
          const measuredOn = valueForm.locator('[name="measuredOn"]');
          if ((await measuredOn.inputValue()) === '')
            await measuredOn.fill(new Date().toISOString().slice(0, 10));
          await valueForm.locator('[name="source"]').fill('Woonstichting Voorbeeld, projectadministratie');
          await valueForm.locator('button[type="submit"]').first().click();
          await page.waitForURL(/saved=/);
          await expectAccessible(page, 'item edit page after saving');

          const item = (await getItemView(officer, planId, itemId)).node.item;
          expect(item.progress).toBe(70);
          expect(item.description).toContain('27 portieken klaar');
          expect(item.indicators.find((i) => i.id === renewed.id)?.values.at(-1)?.value).toBe(27);
          const karinId = (await demoActor(site.app.ctx.db, officer.actor.municipalityId, karin.email))
            .personId;
          const audit = await site.app.ctx.db
            .selectFrom('audit_log')
            .select('action')
            .where('resource_id', '=', itemId)
            .where('actor_id', '=', karinId)
            .execute();
          expect(audit.map((a) => a.action)).toContain('plan.item.update');
        } finally {
          await context.close();
        }
      },
    );

    it('she cannot change the police intervention', slow, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      try {
        await signInAs(page, site.baseUrl, karin.email, karin.password);
        const policeId = idOf(policeItem);
        await page.goto(`${site.baseUrl}/wijkplannen/${planId}/onderdelen/${policeId}`);
        expect(await page.locator(`main a[href$="/onderdelen/${policeId}/bewerken"]`).count()).toBe(0);
        const res = await page.goto(`${site.baseUrl}/wijkplannen/${planId}/onderdelen/${policeId}/bewerken`);
        expect(res?.status()).toBe(403);
        await expectAccessible(page, 'forbidden page');
      } finally {
        await context.close();
      }
    });

    it(
      'without JavaScript the same form saves, and the officer sees the update on the review page',
      slow,
      async () => {
        const context = await site.browser.newContext({ javaScriptEnabled: false });
        const page = await context.newPage();
        try {
          await signInAs(page, site.baseUrl, karin.email, karin.password);
          const itemId = idOf(portieken);
          await page.goto(`${site.baseUrl}/wijkplannen/${planId}/onderdelen/${itemId}/bewerken`);
          await expectAccessible(page, 'item edit page without JavaScript', false);
          const itemForm = page.locator('main form:has(input[name="intent"][value="item"])');
          await itemForm.locator('[name="progress"]').fill('75');
          await itemForm.locator('button[type="submit"]').first().click();
          await page.waitForURL(/saved=/);
          expect((await getItemView(officer, planId, itemId)).node.item.progress).toBe(75);
        } finally {
          await context.close();
        }

        // The area officer prepares the review moment and sees where the item stands now.
        const next = (await listReviews(officer, planId)).find((r) => r.state === 'scheduled');
        if (!next) throw new Error('no scheduled review moment in the demo');
        const officerContext = await site.browser.newContext();
        const op = await officerContext.newPage();
        try {
          await signInAs(op, site.baseUrl, daan.email, daan.password);
          await op.goto(`${site.baseUrl}/wijkplannen/${planId}/peilmomenten/${next.id}`);
          const main = (await op.getByRole('main').textContent()) ?? '';
          const at = main.indexOf(portieken);
          expect(at).toBeGreaterThan(-1);
          expect(main.slice(at, at + 400)).toContain('75%');
          await expectAccessible(op, 'review moment page');
        } finally {
          await officerContext.close();
        }
      },
    );
  },
);
