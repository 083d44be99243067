// Throwaway: axe + screenshots against the running server (removed after use).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const base = 'http://localhost:3100';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

async function axe(page: import("playwright-core").Page, label: string) {
  if (label.startsWith("js=false")) { console.log(label, "status-only", await page.title()); return; }
  await page.addScriptTag({ content: axeSource });
  const v = await page.evaluate(async () => {
    const a = (window as any).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((x: any) => `${x.id}: ${x.help} :: ${x.nodes.map((n: any) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
  });
  console.log(label, v.length ? v : 'OK');
}

for (const js of [false, true]) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, locale: 'nl-NL' });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const p of ['/', '/?lang=en', '/wijken/GM9999', '/wijken/WK999901', '/wijken/BU99990101', '/inloggen', '/wachtwoord-vergeten', '/wachtwoord-herstellen/x', '/bestaat-niet', '/?lang=nl']) {
    await page.goto(base + p);
    if (js) await page.waitForTimeout(1500);
    await axe(page, `js=${js} ${p}`);
  }
  // sign in
  await page.goto(`${base}/inloggen`);
  await page.getByLabel(/e-mail/i).fill('beheerder@voorbeeld.example');
  await page.getByLabel(/wachtwoord|password/i).fill('demo-beheer-2026');
  await page.getByRole('button', { name: /inloggen|sign in/i }).click();
  await page.waitForLoadState('load');
  await page.goto(`${base}/account`);
  await axe(page, `js=${js} /account`);
  // error form
  await page.locator('main form button[type=submit]').last().click();
  await page.waitForTimeout(800);
  await axe(page, `js=${js} /account (form errors)`);
  if (js) {
    await page.screenshot({ path: '/tmp/wwcheck/account.png', fullPage: true });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${base}/wijken/WK999902`);
    await page.screenshot({ path: '/tmp/wwcheck/narrow.png', fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log('horizontal overflow at 320px:', overflow);
    await page.goto(`${base}/inloggen?lang=nl`);
  }
  console.log(`js=${js} console:`, errors.slice(0, 10));
  await ctx.close();
}
await browser.close();
