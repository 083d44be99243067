import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { DomainError, RateLimitedError, ValidationError } from '../errors.ts';
import { loadActor } from './load-actor.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { isResetTokenValid, resetPassword } from './reset-password.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
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

let ipCounter = 0;
/** A fresh address per call keeps the per-IP limit out of the tests that are not about it. */
const meta = () => ({ ip: `203.0.113.${++ipCounter}` });
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );
const outbox = (to: string) =>
  t.ctx.db
    .selectFrom('outbox_messages')
    .selectAll()
    .where('recipient', '=', to)
    .orderBy('created_at', 'desc')
    .execute();
const auditActions = async (personId: string) =>
  (
    await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', '=', personId)
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

/** Requests a reset and returns the token from the mailed link. */
async function requestToken(email: string): Promise<string> {
  await requestPasswordReset(t.ctx, municipalityId, email, meta(), 'nl');
  const [mail] = await outbox(email);
  const token = mail?.body_text.match(/\/wachtwoord-herstellen\/([\w-]+)/)?.[1];
  if (!token) throw new Error('no link in the mail');
  return token;
}

describe('password reset', () => {
  it('mails a one-hour link to an existing person, stores only its hash, and audits', async () => {
    await requestPasswordReset(t.ctx, municipalityId, 'Bewoner@voorbeeld.example', meta(), 'en');
    const [mail] = await outbox('bewoner@voorbeeld.example');
    expect(mail?.purpose).toBe('password-reset');
    expect(mail?.subject).toBe('Nieuw wachtwoord voor Wijkwerk'); // the person's own language (nl)
    const token =
      mail?.body_text.match(/http:\/\/localhost:3000\/wachtwoord-herstellen\/([\w-]+)/)?.[1] ?? '';
    expect(token).not.toBe('');
    const row = await t.ctx.db
      .selectFrom('password_reset_tokens')
      .selectAll()
      .where('id', '=', sha256(token))
      .executeTakeFirstOrThrow();
    const minutes = (new Date(row.expires_at).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(55);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await auditActions(row.person_id)).toContain('password_reset.request');
    expect(await isResetTokenValid(t.ctx.db, municipalityId, token)).toBe(true);
  });

  it('sends nothing for an unknown address and says nothing either', async () => {
    const before = await t.ctx.db
      .selectFrom('outbox_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      requestPasswordReset(t.ctx, municipalityId, 'niemand@voorbeeld.example', meta(), 'nl'),
    ).resolves.toBeUndefined();
    await expect(requestPasswordReset(t.ctx, municipalityId, '', meta(), 'nl')).resolves.toBeUndefined();
    const after = await t.ctx.db
      .selectFrom('outbox_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('sets the new password once, clears the lock-out and ends every session', async () => {
    const email = 'wijkambtenaar.noordoost@voorbeeld.example';
    const person = await t.ctx.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const s1 = await signIn(t.ctx.db, municipalityId, { email, password: 'demo-noordoost-2026' }, meta());
    await t.ctx.db
      .updateTable('people')
      .set({ failed_sign_ins: 5, locked_until: new Date(Date.now() + 600_000) })
      .where('id', '=', person.id)
      .execute();
    const token = await requestToken(email);

    await resetPassword(t.ctx.db, municipalityId, token, 'een heel nieuw wachtwoord', meta());

    const after = await t.ctx.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(after.password_hash).toMatch(/^\$argon2id\$/);
    expect(after.password_hash).not.toBe(person.password_hash);
    expect(after.failed_sign_ins).toBe(0);
    expect(after.locked_until).toBeNull();
    expect(s1.personId).toBe(person.id);
    const sessions = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('person_id', '=', person.id)
      .execute();
    expect(sessions).toEqual([]);
    expect(await auditActions(person.id)).toContain('password_reset.complete');
    expect(await isResetTokenValid(t.ctx.db, municipalityId, token)).toBe(false);

    const again = await rejection(
      resetPassword(t.ctx.db, municipalityId, token, 'nog een ander wachtwoord', meta()),
    );
    expect(again).toBeInstanceOf(DomainError);
    expect((again as DomainError).key).toBe('reset.invalid');

    const r = await signIn(
      t.ctx.db,
      municipalityId,
      { email, password: 'een heel nieuw wachtwoord' },
      meta(),
    );
    expect(r.personId).toBe(person.id);
  });

  it('ends sessions that existed before the reset', async () => {
    const email = 'beheerder@voorbeeld.example';
    const a = await signIn(t.ctx.db, municipalityId, { email, password: 'demo-beheer-2026' }, meta());
    const b = await signIn(t.ctx.db, municipalityId, { email, password: 'demo-beheer-2026' }, meta());
    const token = await requestToken(email);
    await resetPassword(t.ctx.db, municipalityId, token, 'beheer-wachtwoord-2027', meta());
    for (const s of [a, b]) {
      expect(
        await t.ctx.db
          .selectFrom('sessions')
          .select('id')
          .where('id', '=', sha256(s.token))
          .executeTakeFirst(),
      ).toBeUndefined();
    }
  });

  it('refuses an expired link and an unknown one', async () => {
    const token = await requestToken('coordinator@voorbeeld.example');
    await t.ctx.db
      .updateTable('password_reset_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', sha256(token))
      .execute();
    expect(await isResetTokenValid(t.ctx.db, municipalityId, token)).toBe(false);
    const e = await rejection(
      resetPassword(t.ctx.db, municipalityId, token, 'lang genoeg wachtwoord', meta()),
    );
    expect((e as DomainError).key).toBe('reset.invalid');
    const u = await rejection(
      resetPassword(t.ctx.db, municipalityId, 'made-up-token', 'lang genoeg wachtwoord', meta()),
    );
    expect((u as DomainError).key).toBe('reset.invalid');
  });

  it('refuses a password shorter than 12 characters and keeps the link usable', async () => {
    const token = await requestToken('openbareruimte.medewerker@voorbeeld.example');
    const e = await rejection(resetPassword(t.ctx.db, municipalityId, token, 'kort-11-tkn', meta()));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).fieldErrors).toEqual([
      { field: 'password', key: 'validation.tooShort', params: { min: 12 } },
    ]);
    expect(await isResetTokenValid(t.ctx.db, municipalityId, token)).toBe(true);
  });

  it('lets an invited person without a password set their first one', async () => {
    const p = await t.ctx.db
      .insertInto('people')
      .values({
        municipality_id: municipalityId,
        email: 'nieuw@voorbeeld.example',
        name: 'Nieuwe Collega',
        password_hash: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const token = await requestToken('nieuw@voorbeeld.example');
    await resetPassword(t.ctx.db, municipalityId, token, 'mijn eerste wachtwoord', meta());
    const r = await signIn(
      t.ctx.db,
      municipalityId,
      { email: 'nieuw@voorbeeld.example', password: 'mijn eerste wachtwoord' },
      meta(),
    );
    expect(r.personId).toBe(p.id);
  });

  it('rate limits requests per IP address', async () => {
    const same = { ip: '203.0.113.250' };
    for (let i = 0; i < 5; i++)
      await requestPasswordReset(t.ctx, municipalityId, 'niemand@voorbeeld.example', same, 'nl');
    const e = await rejection(
      requestPasswordReset(t.ctx, municipalityId, 'niemand@voorbeeld.example', same, 'nl'),
    );
    expect(e).toBeInstanceOf(RateLimitedError);
  });
});

describe('signOut', () => {
  it('deletes the session and audits it', async () => {
    const email = 'bewoner@voorbeeld.example';
    const s = await signIn(t.ctx.db, municipalityId, { email, password: 'demo-bewoner-2026' }, meta());
    const actor = await loadActor(t.ctx.db, municipalityId, { id: s.personId, email });
    await signOut(t.ctx.db, actor, s.token, meta());
    expect(
      await t.ctx.db.selectFrom('sessions').select('id').where('id', '=', sha256(s.token)).executeTakeFirst(),
    ).toBeUndefined();
    const last = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('resource_id', '=', s.personId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe('session.delete');
    expect(last.actor_id).toBe(s.personId);
    // Signing out twice is harmless.
    await signOut(t.ctx.db, actor, s.token, meta());
  });
});
