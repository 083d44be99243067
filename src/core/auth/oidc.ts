import * as client from 'openid-client';
import { hmac, safeEqual } from './tokens.ts';

// The OpenID Connect protocol side of staff sign-in (authorization code flow with PKCE, state
// and nonce), on openid-client. Who the person is in Wijkwerk is decided in sign-in-oidc.ts.

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
}

/** What the provider vouches for. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
}

export const oidcCookieName = 'wijkwerk_oidc';
export const oidcCookiePath = '/auth/oidc';
/** The user has this long to sign in at the provider. */
export const oidcStateSeconds = 600;
const scope = 'openid email profile';
const rediscoverAfterMs = 24 * 3600_000;

export function callbackUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/auth/oidc/callback`;
}

/** Plain http only to a provider on this machine (tests, local development). */
export function isLoopbackUrl(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

// Discovery costs a round trip to the provider: do it once per issuer and client, again after a day
// (new endpoints), and again after a failure.
const discovered = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();

export function oidcConfiguration(s: OidcSettings, now = Date.now()): Promise<client.Configuration> {
  const key = `${s.issuer}\n${s.clientId}`;
  const cached = discovered.get(key);
  if (cached && now - cached.at < rediscoverAfterMs) return cached.configuration;
  const issuer = new URL(s.issuer);
  const auth = s.clientSecret ? client.ClientSecretBasic(s.clientSecret) : client.None();
  const configuration = client.discovery(
    issuer,
    s.clientId,
    undefined,
    auth,
    isLoopbackUrl(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  const entry = { at: now, configuration };
  discovered.set(key, entry);
  configuration.catch(() => {
    if (discovered.get(key) === entry) discovered.delete(key);
  });
  return configuration;
}

/** Kept in a signed cookie between the redirect to the provider and the way back. */
export interface OidcState {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  /** Expiry, ms since epoch. */
  exp: number;
}

export function sealState(secret: string, s: OidcState): string {
  const payload = Buffer.from(JSON.stringify(s)).toString('base64url');
  return `${payload}.${hmac(secret, `oidc-state:${payload}`)}`;
}

export function openState(
  secret: string,
  sealed: string | undefined,
  now = Date.now(),
): OidcState | undefined {
  if (!sealed) return undefined;
  const [payload, mac, ...rest] = sealed.split('.');
  if (!payload || !mac || rest.length > 0 || !safeEqual(hmac(secret, `oidc-state:${payload}`), mac))
    return undefined;
  try {
    const s = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<OidcState>;
    if (
      typeof s.state !== 'string' ||
      typeof s.nonce !== 'string' ||
      typeof s.verifier !== 'string' ||
      typeof s.next !== 'string' ||
      typeof s.exp !== 'number' ||
      s.exp < now
    ) {
      return undefined;
    }
    return s as OidcState;
  } catch {
    return undefined;
  }
}

/** The provider's authorization URL, and the sealed state for the cookie. */
export async function beginOidc(
  settings: OidcSettings,
  secret: string,
  publicUrl: string,
  next: string,
): Promise<{ url: string; sealedState: string }> {
  const configuration = await oidcConfiguration(settings);
  const s: OidcState = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    next,
    exp: Date.now() + oidcStateSeconds * 1000,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: callbackUrl(publicUrl),
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(s.verifier),
    code_challenge_method: 'S256',
    state: s.state,
    nonce: s.nonce,
  });
  return { url: url.href, sealedState: sealState(secret, s) };
}

/**
 * Exchanges the code from the callback and validates the ID token (issuer, audience, nonce,
 * signature), then reads the e-mail address from the ID token or, failing that, the userinfo
 * endpoint. Throws on any protocol error.
 */
export async function finishOidc(
  settings: OidcSettings,
  currentUrl: URL,
  s: OidcState,
): Promise<OidcIdentity> {
  const configuration = await oidcConfiguration(settings);
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: s.verifier,
    expectedState: s.state,
    expectedNonce: s.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  let email = claims.email;
  let verified = claims.email_verified;
  if (typeof email !== 'string') {
    // Many providers put profile claims only in the userinfo response.
    const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    email = info.email;
    verified = info.email_verified;
  }
  return {
    issuer: configuration.serverMetadata().issuer,
    subject: claims.sub,
    email: typeof email === 'string' ? email : undefined,
    // Some providers send the flag as a string.
    emailVerified: verified === true || verified === 'true',
  };
}
