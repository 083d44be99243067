import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { DomainError, NotFoundError, RateLimitedError, ValidationError } from '../../core/errors.ts';
import { type Actor, anonymous } from '../../core/permissions/actor.ts';
import { confirmSubmission } from './confirm-submission.ts';
import { createAsset } from './create-asset.ts';
import { getAsset } from './get-asset.ts';
import { listAssets } from './list-assets.ts';
import { listQueue } from './list-queue.ts';
import { reviewRevision } from './review-revision.ts';
import { setEditorialPolicy } from './set-editorial-policy.ts';
import { smDb } from './social-map.tables.ts';
import { type SubmitAssetInput, submitAsset } from './submit-asset.ts';
import { demoActor, mailsTo, seedTaxonomy, tokenFrom, voorbeeldId } from './testing.ts';

let t: TestApp;
let m: string;
let officerNoord: Actor; // area officer of Noordhoek and Oosterpark
let officerCentrum: Actor;
let ip = 0;

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  await seedTaxonomy(t.ctx.db, m);
  officerNoord = await demoActor(t.ctx.db, m, 'wijkambtenaar.noordoost@voorbeeld.example');
  officerCentrum = await demoActor(t.ctx.db, m, 'wijkambtenaar.centrum@voorbeeld.example');
});
afterAll(() => t.close());

/** A resident without an account, from a fresh address each time (the rate limit is per address). */
function resident(fixedIp?: string) {
  ip++;
  return { db: t.ctx.db, actor: anonymous(m), meta: { ip: fixedIp ?? `192.0.2.${ip}` } };
}
const as = (actor: Actor) => ({ db: t.ctx.db, actor, meta: {} });

async function counts() {
  const db = smDb(t.ctx.db);
  const n = async (table: 'social_map_submissions' | 'social_map_assets' | 'outbox_messages') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    submissions: await n('social_map_submissions'),
    assets: await n('social_map_assets'),
    mails: await n('outbox_messages'),
  };
}

function breiclub(overrides: Partial<SubmitAssetInput> = {}): SubmitAssetInput {
  return {
    kind: 'group',
    title: 'Breiclub Noorderhof',
    summary: 'Elke week samen breien en haken, met koffie.',
    areaCode: 'BU99990202',
    themes: ['ontmoeting'],
    targetGroups: ['ouderen'],
    abcdCategories: ['associations'],
    locationType: 'none',
    submitterName: 'Fatima',
    submitterEmail: 'fatima@example.org',
    ...overrides,
  };
}

async function confirmFromMail(email: string) {
  const mails = await mailsTo(t.ctx.db, email, 'social-map-submission');
  const last = mails.at(-1);
  if (!last) throw new Error('no confirmation mail');
  return confirmSubmission(resident(), tokenFrom(last.body_text, 'bevestigen'));
}

describe('public submission without an account', () => {
  it('goes: submit → mail → confirm → queue → approve → published, and the submitter hears it', async () => {
    expect(await submitAsset(t.ctx, resident(), breiclub())).toEqual({ accepted: true });
    const mails = await mailsTo(t.ctx.db, 'fatima@example.org', 'social-map-submission');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body_text).toContain('Breiclub Noorderhof');

    // Unconfirmed: nowhere yet.
    const before = await listQueue(t.ctx.db, officerNoord);
    expect(before.revisions.some((r) => r.assetTitle === 'Breiclub Noorderhof')).toBe(false);

    const confirmed = await confirmFromMail('fatima@example.org');
    expect(confirmed.outcome).toBe('pending');
    await expect(getAsset(t.ctx.db, anonymous(m), confirmed.assetId)).rejects.toBeInstanceOf(NotFoundError);

    const queue = await listQueue(t.ctx.db, officerNoord);
    const entry = queue.revisions.find((r) => r.assetId === confirmed.assetId);
    expect(entry).toMatchObject({ state: 'pending', isNew: true, source: 'public', authorLabel: 'Fatima' });
    expect(entry?.changes.find((c) => c.field === 'title')).toEqual({
      field: 'title',
      before: null,
      after: 'Breiclub Noorderhof',
    });
    // Not in the queue of the officer of another wijk.
    const other = await listQueue(t.ctx.db, officerCentrum);
    expect(other.revisions.some((r) => r.assetId === confirmed.assetId)).toBe(false);

    const result = await reviewRevision(t.ctx, as(officerNoord), entry?.revisionId ?? '', {
      decision: 'approve',
    });
    expect(result.assetStatus).toBe('published');
    const asset = await getAsset(t.ctx.db, anonymous(m), confirmed.assetId);
    expect(asset).toMatchObject({ title: 'Breiclub Noorderhof', publiclyVisible: true, freshness: 'fresh' });
    expect(asset.area.code).toBe('BU99990202');

    const review = await mailsTo(t.ctx.db, 'fatima@example.org', 'social-map-review');
    expect(review).toHaveLength(1);
    expect(review[0]?.subject).toContain('staat op de sociale kaart');

    // The link again: nothing new.
    const again = await confirmFromMail('fatima@example.org');
    expect(again).toMatchObject({ assetId: confirmed.assetId, alreadyConfirmed: true });
    const queueAfter = await listQueue(t.ctx.db, officerNoord);
    expect(queueAfter.revisions.some((r) => r.assetId === confirmed.assetId)).toBe(false);
  });

  it('is rejected with a reason that reaches the submitter; the item stays off the map', async () => {
    await submitAsset(
      t.ctx,
      resident(),
      breiclub({ title: 'Gratis iPhones!!', submitterEmail: 'spam@example.org' }),
    );
    const confirmed = await confirmFromMail('spam@example.org');
    const entry = (await listQueue(t.ctx.db, officerNoord)).revisions.find(
      (r) => r.assetId === confirmed.assetId,
    );
    await expect(
      reviewRevision(t.ctx, as(officerNoord), entry?.revisionId ?? '', { decision: 'reject' }),
    ).rejects.toBeInstanceOf(ValidationError);
    const result = await reviewRevision(t.ctx, as(officerNoord), entry?.revisionId ?? '', {
      decision: 'reject',
      reason: 'Dit is reclame, geen aanbod in de wijk.',
    });
    expect(result.assetStatus).toBe('rejected');
    const mail = (await mailsTo(t.ctx.db, 'spam@example.org', 'social-map-review'))[0];
    expect(mail?.body_text).toContain('Dit is reclame, geen aanbod in de wijk.');
    await expect(getAsset(t.ctx.db, anonymous(m), confirmed.assetId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      reviewRevision(t.ctx, as(officerNoord), entry?.revisionId ?? '', { decision: 'approve' }),
    ).rejects.toMatchObject({ key: 'socialMap.error.alreadyDecided' });
  });

  it('under an open policy is published at once and still waits in the queue "to check"', async () => {
    await setEditorialPolicy(as(officerNoord), 'WK999904', { policy: 'open' });
    await submitAsset(
      t.ctx,
      resident(),
      breiclub({
        title: 'Jeu de boules Lindehof',
        areaCode: 'BU99990402',
        submitterEmail: 'jan@example.org',
      }),
    );
    const confirmed = await confirmFromMail('jan@example.org');
    expect(confirmed.outcome).toBe('to_check');
    expect((await getAsset(t.ctx.db, anonymous(m), confirmed.assetId)).publiclyVisible).toBe(true);
    const entry = (await listQueue(t.ctx.db, officerNoord)).revisions.find(
      (r) => r.assetId === confirmed.assetId,
    );
    expect(entry?.state).toBe('to_check');
    // Checked afterwards and found wrong: off the map again.
    await reviewRevision(t.ctx, as(officerNoord), entry?.revisionId ?? '', {
      decision: 'reject',
      reason: 'Bestaat niet meer.',
    });
    await expect(getAsset(t.ctx.db, anonymous(m), confirmed.assetId)).rejects.toBeInstanceOf(NotFoundError);
    await setEditorialPolicy(as(officerNoord), 'WK999904', { policy: null });
  });

  it('flags a likely duplicate in the queue instead of dropping it', async () => {
    const original = await createAsset(as(officerNoord), {
      kind: 'activity',
      title: 'Koffieochtend De Schakel',
      areaCode: 'BU99990203',
      themes: ['ontmoeting'],
    });
    await submitAsset(
      t.ctx,
      resident(),
      breiclub({
        kind: 'activity',
        title: 'Koffie-ochtend De Schakel',
        areaCode: 'BU99990203',
        submitterEmail: 'piet@example.org',
      }),
    );
    const confirmed = await confirmFromMail('piet@example.org');
    const entry = (await listQueue(t.ctx.db, officerNoord)).revisions.find(
      (r) => r.assetId === confirmed.assetId,
    );
    expect(entry?.possibleDuplicates).toEqual([
      { assetId: original.assetId, title: 'Koffieochtend De Schakel' },
    ]);
    // A different kind in the same area is not a duplicate.
    await submitAsset(
      t.ctx,
      resident(),
      breiclub({
        kind: 'group',
        title: 'Koffieochtend De Schakel',
        areaCode: 'BU99990203',
        submitterEmail: 'piet2@example.org',
      }),
    );
    const second = await confirmFromMail('piet2@example.org');
    const entry2 = (await listQueue(t.ctx.db, officerNoord)).revisions.find(
      (r) => r.assetId === second.assetId,
    );
    expect(entry2?.possibleDuplicates).toEqual([]);
  });
});

describe('spam defences and bad input', () => {
  it('accepts a filled-in honeypot silently and keeps nothing', async () => {
    const before = await counts();
    expect(await submitAsset(t.ctx, resident(), breiclub({ honeypot: 'http://spam.example' }))).toEqual({
      accepted: true,
    });
    expect(await counts()).toEqual(before);
  });

  it('submits once for the same idempotency key', async () => {
    const input = breiclub({
      title: 'Repair café',
      submitterEmail: 'dubbel@example.org',
      idempotencyKey: 'form-4f1c9a2e',
    });
    await submitAsset(t.ctx, resident(), input);
    await submitAsset(t.ctx, resident(), input);
    expect(await mailsTo(t.ctx.db, 'dubbel@example.org')).toHaveLength(1);
  });

  it('rejects bad input with field errors and writes nothing', async () => {
    const before = await counts();
    const fieldsOf = async (input: unknown) => {
      try {
        await submitAsset(t.ctx, resident(), input as SubmitAssetInput);
      } catch (e) {
        expect(e).toBeInstanceOf(ValidationError);
        return (e as ValidationError).fieldErrors.map((f) => f.field);
      }
      throw new Error('no error');
    };
    expect(await fieldsOf(breiclub({ title: '   ' }))).toContain('title');
    expect(await fieldsOf(breiclub({ kind: 'castle' as never }))).toContain('kind');
    expect(await fieldsOf(breiclub({ kind: 'key_person' }))).toContain('kind');
    expect(await fieldsOf(breiclub({ themes: ['raketbouw'] }))).toContain('themes.0');
    expect(await fieldsOf(breiclub({ submitterEmail: 'geen-adres' }))).toContain('submitterEmail');
    expect(await fieldsOf(breiclub({ locationType: 'address' }))).toContain('address');
    expect(await fieldsOf(breiclub({ photoUrl: 'javascript:alert(1)' }))).toContain('photoUrl');
    expect(await fieldsOf(breiclub({ areaCode: 'BU00000000' }))).toContain('areaCode');
    expect(await fieldsOf(breiclub({ validFrom: '2026-05-01', validUntil: '2026-04-01' }))).toContain(
      'validUntil',
    );
    expect(await counts()).toEqual(before);
  });

  it('limits the submissions per address', async () => {
    const before = await counts();
    const from = '198.51.100.7';
    for (let i = 0; i < 10; i++) {
      await expect(submitAsset(t.ctx, resident(from), breiclub({ title: '' }))).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(submitAsset(t.ctx, resident(from), breiclub())).rejects.toBeInstanceOf(RateLimitedError);
    expect(await counts()).toEqual(before);
  });

  it('refuses unknown and foreign confirmation links', async () => {
    await expect(confirmSubmission(resident(), 'x'.repeat(43))).rejects.toBeInstanceOf(DomainError);
    await expect(confirmSubmission(resident(), 'short')).rejects.toMatchObject({
      key: 'socialMap.error.invalidLink',
    });
  });

  it('shows the public list without pending items', async () => {
    const names = (await listAssets(t.ctx.db, anonymous(m), { areaCode: 'WK999902' })).map((a) => a.title);
    expect(names).toContain('Breiclub Noorderhof');
    expect(names).not.toContain('Koffie-ochtend De Schakel');
  });
});
