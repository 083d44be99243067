import type { TestApp } from './test-app.ts';

// A browser without JavaScript for page tests: keeps cookies, posts forms with the page's CSRF
// token, and signs in through the sign-in page.

export class PageBrowser {
  readonly cookies = new Map<string, string>();
  readonly t: TestApp;
  constructor(t: TestApp) {
    this.t = t;
  }

  async get(path: string): Promise<Response> {
    return this.keep(await this.t.request(path, { headers: this.headers(), redirect: 'manual' }));
  }

  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return this.keep(
      await this.t.request(path, {
        method: 'POST',
        headers: { ...this.headers(), 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      }),
    );
  }

  /** Loads the page, then posts with its CSRF token. */
  async submit(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const page = await (await this.get(path)).text();
    const token = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error(`no _csrf field in ${path}`);
    return this.post(path, { _csrf: token, ...fields });
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

/** A browser signed in as a (demo) user; throws when the sign-in does not succeed. */
export async function signedInBrowser(t: TestApp, email: string, password: string): Promise<PageBrowser> {
  const b = new PageBrowser(t);
  const res = await b.submit('/inloggen', { email, password, next: '/' });
  if (res.status !== 302) throw new Error(`sign in as ${email}: HTTP ${res.status}`);
  return b;
}

/** The visible text of an HTML page, roughly: tags out, entities in, spaces collapsed. */
export function pageText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
