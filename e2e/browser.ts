import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { TemplateName } from '../test/templates.ts';
import { createTestApp, requireOrSkip, type TestApp } from '../test/test-app.ts';

// End-to-end tests drive Debian's Chromium (a browser download does not work here) against the
// real server on a loopback port, on a database copied from the demo template.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = existsSync(chromiumPath)
  ? null
  : `Chromium not found at ${chromiumPath}: install it with "apt-get install chromium" (or set CHROMIUM_PATH)`;

export function skipWithoutChromium(): boolean {
  return requireOrSkip(chromiumMissing);
}

export interface E2eSite {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSite(options: { template?: TemplateName } = {}): Promise<E2eSite> {
  const app = await createTestApp({ pages: true, template: options.template ?? 'demo' });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.http.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules on the current page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Through the DevTools protocol, so the page's Content-Security-Policy (nonce-only inline
  // scripts) does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

export async function signInAs(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/wachtwoord|password/i).fill(password);
  await page
    .getByRole('main')
    .getByRole('button', { name: /inloggen|sign in/i })
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}
