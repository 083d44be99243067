import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageBrowser, pageText, signedInBrowser } from '../../../../../test/page-browser.ts';
import { createTestApp, type TestApp } from '../../../../../test/test-app.ts';
import {
  createBudgetFixture,
  insertTestItem,
  type TestItem,
} from '../../../../modules/initiatives/budget/budget-fixtures.ts';
import type { InitiativesFixture } from '../../../../modules/initiatives/testing.ts';

// The budget pages as HTML over HTTP without JavaScript: the coordinator opens a budget (errors at
// the fields), the public reads the rules; the area officer grants from the item's budget page
// (a refusal explained, then the grant), finance records a payment; the initiator accounts with a
// receipt and a photo by the private link (multipart); the officer asks for more and approves; the
// ledger and its downloads; who may see what.

let t: TestApp;
let f: InitiativesFixture;
let item: TestItem;
let budgetPath: string;
const text = pageText;

beforeAll(async () => {
  t = await createTestApp({ pages: true });
  f = await createBudgetFixture(t.ctx.db);
  item = await insertTestItem(t.ctx.db, f, {
    title: 'Buurtbarbecue Merelstraat',
    requestedCents: 45_000,
    contactEmail: 'merel@example.org',
  });
});
afterAll(() => t.close());

/** Posts the accounting form as a browser does without JavaScript: multipart, with the page's CSRF token. */
async function sendAccounting(
  token: string,
  fields: Record<string, string>,
  files: Array<[string, File]> = [],
) {
  const resident = new PageBrowser(t);
  const path = `/meldingen/volgen/${token}/verantwoording`;
  const html = await (await resident.get(path)).text();
  const form = new FormData();
  form.set('_csrf', html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '');
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const [k, file] of files) form.append(k, file);
  const cookie = [...resident.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.request(path, { method: 'POST', headers: { cookie }, body: form, redirect: 'manual' });
}

const coordinator = () => signedInBrowser(t, 'coordinator@voorbeeld.example', 'demo-regie-2026');
const officer = () => signedInBrowser(t, 'wijkambtenaar.noordoost@voorbeeld.example', 'demo-noordoost-2026');

describe('budgets and the public rules page', () => {
  it('the coordinator opens a budget; mistakes are explained at their fields', async () => {
    const boss = await coordinator();
    const page = await boss.get('/meldingen/budgetten');
    expect(page.status).toBe(200);
    // Yusuf Demir reads the site in English.
    expect(text(await page.text())).toContain('There are no budgets yet.');
    const bad = await boss.submit('/meldingen/budgetten', {
      areaCode: 'WK999902',
      year: '2026',
      amount: 'tienduizend',
      max: '1.500',
      rules: '',
    });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain('href="#field-amount"');
    expect(badHtml).toContain('value="tienduizend"');
    const ok = await boss.submit('/meldingen/budgetten', {
      areaCode: 'WK999902',
      year: '2026',
      amount: '10.000',
      max: '1.500',
      rules: 'Voor activiteiten die bewoners samen organiseren.\n\nGeen vaste lasten of salarissen.',
    });
    expect(ok.status).toBe(302);
    budgetPath = (ok.headers.get('location') ?? '').replace('?saved=created', '');
    expect(budgetPath).toMatch(/^\/meldingen\/budgetten\/[0-9a-f-]{36}$/);
    const ledger = text(await (await boss.get(`${budgetPath}?saved=created`)).text());
    expect(ledger).toContain('Ledger Noordhoek 2026');
    expect(ledger).toContain('The budget has been created.');
    expect(ledger).toContain('Nothing has been granted from this budget yet.');
  });

  it('everyone reads the rules, the amount and what is left', async () => {
    const anyone = new PageBrowser(t);
    const res = await anyone.get('/meldingen/budget/WK999902');
    expect(res.status).toBe(200);
    const page = text(await res.text());
    expect(page).toContain('Budget voor bewonersinitiatieven Noordhoek 2026');
    expect(page).toContain('Geen vaste lasten of salarissen.');
    expect(page).toMatch(/Nog beschikbaar €\s10\.000/);
    expect((await anyone.get('/meldingen/budget/WK999901')).status).toBe(200);
    expect((await anyone.get('/meldingen/budget/XX')).status).toBe(404);
    expect((await anyone.get('/meldingen/budgetten')).status).toBe(302);
  });
});

describe('granting, paying and accounting', () => {
  const itemPath = () => `/meldingen/behandelen/${item.id}/budget`;

  it('the area officer grants from the item’s budget page', async () => {
    const daan = await officer();
    const page = await daan.get(itemPath());
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(text(html)).toContain('Geld toekennen');
    const budgetId = html.match(/<option value="([0-9a-f-]{36})">Noordhoek 2026/)?.[1];
    expect(budgetId).toBeTruthy();
    const tooMuch = await daan.submit(itemPath(), {
      intent: 'grant',
      budgetId: budgetId ?? '',
      amount: '2000',
    });
    expect(tooMuch.status).toBe(400);
    expect(text(await tooMuch.text())).toContain('hoger dan het maximum per initiatief');
    const ok = await daan.submit(itemPath(), { intent: 'grant', budgetId: budgetId ?? '', amount: '450' });
    expect(ok.status).toBe(302);
    const after = text(await (await daan.get(`${itemPath()}?saved=granted`)).text());
    expect(after).toContain('Het geld is toegekend.');
    expect(after).toContain('Besloten – Toegekend');
    expect(after).not.toContain('Betaling vastleggen');
    // Another area's officer does not see the item at all.
    const eva = await signedInBrowser(t, 'wijkambtenaar.centrum@voorbeeld.example', 'demo-centrum-2026');
    expect((await eva.get(itemPath())).status).toBe(404);
  });

  it('finance records the payment', async () => {
    const boss = await coordinator();
    const html = await (await boss.get(itemPath())).text();
    const grantId = html.match(/name="grantId" value="([0-9a-f-]{36})"/)?.[1] ?? '';
    const bad = await boss.submit(itemPath(), {
      intent: 'pay',
      grantId,
      paymentAmount: '450',
      paidOn: 'morgen',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('href="#field-paidOn"');
    const ok = await boss.submit(itemPath(), {
      intent: 'pay',
      grantId,
      paymentAmount: '450',
      paidOn: '2026-04-01',
      reference: 'BET-77',
    });
    expect(ok.status).toBe(302);
    expect(text(await (await boss.get(itemPath())).text())).toContain('BET-77');
  });

  it('the initiator accounts through the private link, with a receipt and a photo, without JavaScript', async () => {
    const resident = new PageBrowser(t);
    const path = `/meldingen/volgen/${item.token}/verantwoording`;
    const page = await resident.get(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(text(html)).toMatch(/U kreeg €\s450 uit het budget/);
    expect(html).toMatch(/enctype="multipart\/form-data"/i);
    const send = (fields: Record<string, string>, files: Array<[string, File]>) =>
      sendAccounting(item.token, fields, files);
    const short = await send({ report: 'Kort', spent: '400' }, []);
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('href="#field-report"');
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();
    const ok = await send(
      { report: 'De barbecue was gezellig: 60 buren, een vegetarische grill en muziek.', spent: '430,25' },
      [
        [
          'receipts',
          new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'bon.pdf', { type: 'application/pdf' }),
        ],
        ['photos', new File([new Uint8Array(png)], 'bbq.png', { type: 'image/png' })],
      ],
    );
    expect(ok.status).toBe(302);
    const done = text(await (await resident.get(`${path}?verzonden=1`)).text());
    expect(done).toContain('Dank u wel. Uw verantwoording is binnen');
    expect(done).toMatch(/Uitgegeven €\s430,25/);
    expect(done).not.toContain('Verantwoording insturen');
    expect((await resident.get(`/meldingen/volgen/${'y'.repeat(43)}/verantwoording`)).status).toBe(404);
  });

  it('the officer asks for more, then approves; the ledger and its downloads show it', async () => {
    const daan = await officer();
    const html = await (await daan.get(itemPath())).text();
    expect(text(html)).toContain('De barbecue was gezellig');
    const grantId = html.match(/name="grantId" value="([0-9a-f-]{36})"/)?.[1] ?? '';
    const noNote = await daan.submit(itemPath(), {
      intent: 'review',
      grantId,
      outcome: 'needs_more',
      reviewNote: '',
    });
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain('href="#field-reviewNote"');
    expect(
      (
        await daan.submit(itemPath(), {
          intent: 'review',
          grantId,
          outcome: 'needs_more',
          reviewNote: 'Graag ook de bon van de muziek.',
        })
      ).status,
    ).toBe(302);
    const resident = new PageBrowser(t);
    const again = text(await (await resident.get(`/meldingen/volgen/${item.token}/verantwoording`)).text());
    expect(again).toContain('Graag ook de bon van de muziek.');
    expect(again).toContain('Aangevulde verantwoording insturen');

    const resent = await sendAccounting(item.token, {
      report: 'De barbecue was gezellig. De bon van de muziek komt per post; het waren twee muzikanten.',
      spent: '430,25',
    });
    expect(resent.status).toBe(302);
    expect(
      (await daan.submit(itemPath(), { intent: 'review', grantId, outcome: 'approved', reviewNote: '' }))
        .status,
    ).toBe(302);

    const ledger = text(await (await daan.get(budgetPath)).text());
    expect(ledger).toContain('Buurtbarbecue Merelstraat');
    expect(ledger).toContain('Goedgekeurd');
    expect(ledger).toMatch(/Nog beschikbaar €\s9\.550/);
    // The published page names the category and the buurt, never the resident's own title.
    const published = text(await (await new PageBrowser(t).get('/meldingen/budget/WK999902')).text());
    expect(published).toContain('Buurtinitiatief');
    expect(published).not.toContain('Buurtbarbecue Merelstraat');
    const csv = await daan.get(`${budgetPath}/grootboek.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('grootboek-WK999902-2026.csv');
    expect(await csv.text()).toContain(';450,00;450,00;430,25;0,00;');
    const xlsx = await daan.get(`${budgetPath}/grootboek.xlsx`);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const department = await signedInBrowser(
      t,
      'openbareruimte.medewerker@voorbeeld.example',
      'demo-openbareruimte-2026',
    );
    expect((await department.get(budgetPath)).status).toBe(404);
    expect((await department.get(`${budgetPath}/grootboek.csv`)).status).toBe(404);
  });
});
