import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiativesDb } from '../src/modules/initiatives/initiatives.tables.ts';
import {
  createInitiativesFixture,
  demoEmails,
  type InitiativesFixture,
} from '../src/modules/initiatives/testing.ts';
import {
  axeViolations,
  describeViolations,
  type E2eSite,
  signInAs,
  skipWithoutChromium,
  startSite,
} from './browser.ts';

// The administrator sets up initiatives and signals in a real browser, with JavaScript and
// without: every configuration page (and its error states) passes axe; a routing rule is added,
// moved and tested ("where would this go?"), a category gets an extra question, a text to
// residents is previewed and saved.

const skip = skipWithoutChromium();

describe.skipIf(skip)('the administrator sets up initiatives and signals', () => {
  let site: E2eSite;
  let f: InitiativesFixture;
  let axeContext: BrowserContext;

  beforeAll(async () => {
    site = await startSite({ template: 'demo' });
    f = await createInitiativesFixture(site.app.ctx.db);
    axeContext = await site.browser.newContext();
  });
  afterAll(async () => {
    await site?.close();
  });

  /** Without JavaScript: the server's HTML (scripts left out) is checked in a page that runs axe. */
  async function expectAxeClean(page: Page, js: boolean) {
    let violations: Awaited<ReturnType<typeof axeViolations>>;
    if (js) violations = await axeViolations(page);
    else {
      const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '');
      const target = await axeContext.newPage();
      await target.goto(page.url());
      await target.setContent(html, { waitUntil: 'load' });
      violations = await axeViolations(target);
      await target.close();
    }
    expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
  }

  for (const javaScriptEnabled of [false, true]) {
    const js = javaScriptEnabled ? 'on' : 'off';

    it(`every configuration page passes axe (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, demoEmails.admin, 'demo-beheer-2026');
      const rule = await initiativesDb(site.app.ctx.db)
        .insertInto('initiative_routing_rules')
        .values({
          municipality_id: f.municipalityId,
          position: 100,
          category_id: f.categories.litter,
          target_organisation_id: f.organisations.housing,
          note: `Testregel (JavaScript ${js})`,
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const paths = [
        '/beheer/meldingen',
        '/beheer/meldingen/instellingen',
        '/beheer/meldingen/soorten',
        `/beheer/meldingen/soorten/${f.kinds.signal}`,
        '/beheer/meldingen/categorieen',
        '/beheer/meldingen/categorieen/nieuw',
        `/beheer/meldingen/categorieen/${f.categories.pavement}`,
        '/beheer/meldingen/routering',
        `/beheer/meldingen/routering/${rule.id}`,
        '/beheer/meldingen/berichten',
        '/beheer/meldingen/berichten/decided_granted',
      ];
      for (const path of paths) {
        const res = await page.goto(`${site.baseUrl}${path}`);
        expect(res?.status(), path).toBe(200);
        await expectAxeClean(page, javaScriptEnabled);
      }

      // Error states: a number out of range on the settings; a category without a name.
      await page.goto(`${site.baseUrl}/beheer/meldingen/instellingen`);
      await page.getByLabel('Bewaartermijn contactgegevens (dagen)').fill('5');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Bewaartermijn');
      await expectAxeClean(page, javaScriptEnabled);

      await page.goto(`${site.baseUrl}/beheer/meldingen/categorieen/nieuw`);
      await page.getByRole('button', { name: 'Categorie toevoegen' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Code');
      await expectAxeClean(page, javaScriptEnabled);
      await context.close();
    }, 240_000);

    it(`a rule is added, moved and tested; a category gets a question; a text is previewed (JavaScript ${js})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signInAs(page, site.baseUrl, demoEmails.admin, 'demo-beheer-2026');

      // A rule: loose paving stones in Noordhoek go to the housing association.
      await page.goto(`${site.baseUrl}/beheer/meldingen/routering`);
      const newRule = page.getByRole('region', { name: 'Nieuwe regel' });
      await newRule.getByLabel('Categorie').selectOption(f.categories.pavement);
      await newRule.getByLabel('Gebied').selectOption('WK999902');
      await newRule.getByLabel('Afdeling, team of partner').selectOption(f.organisations.housing);
      await newRule.getByLabel('Toelichting').fill(`Stoepen woonstichting (JavaScript ${js})`);
      await newRule.getByRole('button', { name: 'Regel toevoegen' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('opgeslagen');
      await expectAxeClean(page, javaScriptEnabled);

      // Move the new (last) rule to the top, then test where a loose stone in Noorderhof goes.
      const rules = () =>
        initiativesDb(site.app.ctx.db)
          .selectFrom('initiative_routing_rules')
          .select(['id', 'position', 'note'])
          .orderBy('position')
          .execute();
      const mine = async () =>
        (await rules()).find((r) => r.note.includes(`(JavaScript ${js})`) && r.note.startsWith('Stoepen'));
      for (let n = (await mine())?.position ?? 1; n > 1; n--) {
        await page.getByRole('button', { name: `Omhoog Regel ${n}`, exact: true }).click();
        await expect.poll(async () => (await mine())?.position).toBe(n - 1);
        // The page shows the new order before the next click (with JavaScript it revalidates).
        await expect
          .poll(() =>
            page
              .locator('#regels tbody tr')
              .nth(n - 2)
              .textContent(),
          )
          .toContain(`Stoepen woonstichting (JavaScript ${js})`);
      }
      const test = page.getByRole('region', { name: 'Waar komt een melding terecht?' });
      await test.getByLabel('Categorie').selectOption(f.categories.pavement);
      await test.getByLabel('Buurt of gebied').selectOption('BU99990202');
      await test.getByRole('button', { name: 'Bekijk waar hij terechtkomt' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Waar komt een melding terecht?' }).textContent())
        .toContain('gaat naar Woonstichting Voorbeeld, door regel 1');
      await expectAxeClean(page, javaScriptEnabled);

      // A category gets an extra question with choices.
      await page.goto(`${site.baseUrl}/beheer/meldingen/categorieen/${f.categories.litter}`);
      await page.getByLabel('Code van de vraag').last().fill(`soort_${js}`);
      await page.getByLabel('Vraag (Nederlands)').last().fill('Wat voor afval is het?');
      await page.getByLabel('Soort antwoord').last().selectOption('singlevaluelist');
      await page
        .getByLabel('Keuzes (één per regel: code=tekst)')
        .last()
        .fill('grof=Grofvuil\nklein=Zwerfafval');
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('opgeslagen');
      await expectAxeClean(page, javaScriptEnabled);

      // A text to residents: preview (nothing saved), then save.
      await page.goto(`${site.baseUrl}/beheer/meldingen/berichten/done`);
      const dutch = page.getByRole('region', { name: 'Nederlandse tekst' });
      await dutch.getByLabel('Onderwerp').fill('Klaar: {reference}');
      await dutch.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Voorbeeld: zo leest de melder het' }).textContent())
        .toContain('Klaar: M-2026-000123');
      await expectAxeClean(page, javaScriptEnabled);
      await page
        .getByRole('region', { name: 'Nederlandse tekst' })
        .getByRole('button', { name: 'Opslaan' })
        .click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('opgeslagen');
      await context.close();
    }, 240_000);
  }
});
