import { hmac, safeEqual } from '../../../core/auth/tokens.ts';

// Signed, self-contained tokens for the links in the programme's e-mails: confirm an idea (a week)
// and follow it on the status page (as long as the idea is kept). Nothing is stored: the HMAC
// under the server secret proves we issued it; the payload says for what, which idea and
// municipality, and until when.

export interface IdeaTokenPayload {
  p: 'idea-confirm' | 'idea-follow';
  m: string;
  s: string;
  exp: number;
}

const sign = (secret: string, body: string) => hmac(secret, `programme-token:${body}`);

export function signIdeaToken(secret: string, payload: IdeaTokenPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The idea id when the token is ours, for this purpose and municipality, and not expired. */
export function readIdeaToken(
  secret: string,
  token: unknown,
  purpose: IdeaTokenPayload['p'],
  municipalityId: string,
  now = new Date(),
): string | null {
  if (typeof token !== 'string' || token.length > 1000) return null;
  const [body, sig, ...rest] = token.split('.');
  if (!body || !sig || rest.length > 0 || !safeEqual(sign(secret, body), sig)) return null;
  let payload: IdeaTokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as IdeaTokenPayload;
  } catch {
    return null;
  }
  if (payload.p !== purpose || payload.m !== municipalityId || typeof payload.s !== 'string') return null;
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < now.getTime()) return null;
  return payload.s;
}

export const confirmDays = 7;
/** The status link lives as long as the idea may be kept (the retention period of decision 020). */
export const followDays = 3 * 365;

export function ideaTokens(secret: string, municipalityId: string, ideaId: string, now = new Date()) {
  const at = (days: number) => Math.floor(now.getTime() / 1000) + days * 86_400;
  return {
    confirm: signIdeaToken(secret, { p: 'idea-confirm', m: municipalityId, s: ideaId, exp: at(confirmDays) }),
    follow: signIdeaToken(secret, { p: 'idea-follow', m: municipalityId, s: ideaId, exp: at(followDays) }),
  };
}

/** The pages (URL scheme of the brief). */
export const programmePaths = {
  submit: '/projecten/indienen',
  confirm: (token: string) => `/projecten/bevestigen/${token}`,
  follow: (token: string) => `/projecten/volgen/${token}`,
  list: '/projecten',
  idea: (id: string) => `/projecten/${id}`,
  framework: '/programma/effecten',
  coherence: (areaCode?: string) =>
    areaCode ? `/programma/samenhang?gebied=${encodeURIComponent(areaCode)}` : '/programma/samenhang',
};

export function absolute(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${path}`;
}
