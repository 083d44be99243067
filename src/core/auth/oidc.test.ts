import { describe, expect, it } from 'vitest';
import { isLoopbackUrl, type OidcState, openState, sealState } from './oidc.ts';

const secret = 'a-test-secret-of-at-least-32-characters';
const state: OidcState = { state: 's', nonce: 'n', verifier: 'v', next: '/beheer', exp: 2_000 };

describe('OIDC state cookie', () => {
  it('opens what it sealed, until it expires', () => {
    const sealed = sealState(secret, state);
    expect(openState(secret, sealed, 1_000)).toEqual(state);
    expect(openState(secret, sealed, 2_001)).toBeUndefined();
  });

  it('rejects a changed payload, another secret, or garbage', () => {
    const sealed = sealState(secret, state);
    const [, mac] = sealed.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...state, next: '/elders' })).toString('base64url')}.${mac}`;
    expect(openState(secret, forged, 1_000)).toBeUndefined();
    expect(openState(`${secret}x`, sealed, 1_000)).toBeUndefined();
    expect(openState(secret, 'abc', 1_000)).toBeUndefined();
    expect(openState(secret, undefined, 1_000)).toBeUndefined();
  });
});

describe('isLoopbackUrl', () => {
  it('allows only this machine', () => {
    expect(isLoopbackUrl(new URL('http://127.0.0.1:4000'))).toBe(true);
    expect(isLoopbackUrl(new URL('http://localhost:4000'))).toBe(true);
    expect(isLoopbackUrl(new URL('http://[::1]:4000'))).toBe(true);
    expect(isLoopbackUrl(new URL('http://127.0.0.1.evil.example'))).toBe(false);
    expect(isLoopbackUrl(new URL('http://idp.example'))).toBe(false);
  });
});
