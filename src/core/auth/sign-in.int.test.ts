import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { DomainError, RateLimitedError, ValidationError } from '../errors.ts';
import { signIn } from './sign-in.ts';
import { sha256 } from './tokens.ts';

let t: TestApp;
let municipalityId: string;
beforeAll(async () => {
  t = await createTestApp();
  municipalityId = (
    await t.ctx.db
      .selectFrom('municipalities')
      .select('id')
      .where('code', '=', 'GM9999')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

const person = (email: string) =>
  t.ctx.db
    .selectFrom('people')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
const sessionExists = async (token: string) =>
  (await t.ctx.db.selectFrom('sessions').select('id').where('id', '=', sha256(token)).executeTakeFirst()) !==
  undefined;
const auditActions = async (personId: string) =>
  (
    await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', personId)
      .orderBy('id')
      .execute()
  ).map((r) => r.action);
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('signIn', () => {
  it('starts a session for the right password and audits it', async () => {
    const r = await signIn(
      t.ctx.db,
      municipalityId,
      { email: ' Beheerder@Voorbeeld.example ', password: 'demo-beheer-2026' },
      { ip: '198.51.100.1' },
    );
    const p = await person('beheerder@voorbeeld.example');
    expect(r.personId).toBe(p.id);
    expect(await sessionExists(r.token)).toBe(true);
    // Only the hash is stored.
    expect(
      await t.ctx.db.selectFrom('sessions').select('id').where('id', '=', r.token).executeTakeFirst(),
    ).toBeUndefined();
    expect(await auditActions(p.id)).toContain('session.create');
    expect(p.last_sign_in_at).not.toBeNull();
  });

  it('refuses a wrong password, counts the failure and audits it', async () => {
    const e = await rejection(
      signIn(
        t.ctx.db,
        municipalityId,
        { email: 'bewoner@voorbeeld.example', password: 'not-the-password' },
        { ip: '198.51.100.2' },
      ),
    );
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).key).toBe('signIn.failed');
    const p = await person('bewoner@voorbeeld.example');
    expect(p.failed_sign_ins).toBe(1);
    expect(await auditActions(p.id)).toContain('session.failed');
  });

  it('gives an unknown address the same answer as a wrong password', async () => {
    const e = await rejection(
      signIn(
        t.ctx.db,
        municipalityId,
        { email: 'niemand@voorbeeld.example', password: 'whatever-it-is' },
        { ip: '198.51.100.3' },
      ),
    );
    expect((e as DomainError).key).toBe('signIn.failed');
  });

  it('checks the input', async () => {
    const e = await rejection(
      signIn(
        t.ctx.db,
        municipalityId,
        { email: 'bewoner@voorbeeld.example', password: '' },
        { ip: '198.51.100.3' },
      ),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors.map((f) => f.field)).toEqual(['password']);
  });

  it('locks the account after 5 failures, even for the right password, until the lock passes', async () => {
    const email = 'coordinator@voorbeeld.example';
    const meta = { ip: '198.51.100.4' };
    const now = new Date();
    for (let i = 0; i < 5; i++) {
      const e = await rejection(
        signIn(t.ctx.db, municipalityId, { email, password: 'wrong-password' }, meta, undefined, now),
      );
      expect((e as DomainError).key).toBe('signIn.failed');
    }
    const locked = await person(email);
    expect(locked.failed_sign_ins).toBe(5);
    expect(locked.locked_until).not.toBeNull();
    expect(await auditActions(locked.id)).toContain('session.locked');

    const e = await rejection(
      signIn(
        t.ctx.db,
        municipalityId,
        { email, password: 'demo-regie-2026' },
        meta,
        undefined,
        new Date(now.getTime() + 60_000),
      ),
    );
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).key).toBe('signIn.locked');
    expect((e as DomainError).params.minutes).toBe(14);

    const later = new Date(now.getTime() + 16 * 60_000);
    const r = await signIn(
      t.ctx.db,
      municipalityId,
      { email, password: 'demo-regie-2026' },
      meta,
      undefined,
      later,
    );
    expect(await sessionExists(r.token)).toBe(true);
    const after = await person(email);
    expect(after.failed_sign_ins).toBe(0);
    expect(after.locked_until).toBeNull();
  });

  it('rotates: signing in with an earlier session token ends that session', async () => {
    const input = { email: 'wijkambtenaar.centrum@voorbeeld.example', password: 'demo-centrum-2026' };
    const first = await signIn(t.ctx.db, municipalityId, input, { ip: '198.51.100.5' });
    const second = await signIn(t.ctx.db, municipalityId, input, { ip: '198.51.100.5' }, first.token);
    expect(second.token).not.toBe(first.token);
    expect(await sessionExists(first.token)).toBe(false);
    expect(await sessionExists(second.token)).toBe(true);
  });

  it('rate limits per IP address: the 21st attempt in the window is refused', async () => {
    const meta = { ip: '198.51.100.6' };
    const now = new Date();
    for (let i = 0; i < 20; i++) {
      const e = await rejection(
        signIn(
          t.ctx.db,
          municipalityId,
          { email: `onbekend${i}@voorbeeld.example`, password: 'x' },
          meta,
          undefined,
          now,
        ),
      );
      expect((e as DomainError).key).toBe('signIn.failed');
    }
    const e = await rejection(
      signIn(
        t.ctx.db,
        municipalityId,
        { email: 'beheerder@voorbeeld.example', password: 'demo-beheer-2026' },
        meta,
        undefined,
        now,
      ),
    );
    expect(e).toBeInstanceOf(RateLimitedError);
    expect((e as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected.
    await signIn(
      t.ctx.db,
      municipalityId,
      { email: 'beheerder@voorbeeld.example', password: 'demo-beheer-2026' },
      { ip: '198.51.100.7' },
      undefined,
      now,
    );
  });
});
