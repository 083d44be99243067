import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { NotFoundError } from '../../core/errors.ts';
import { type Actor, anonymous } from '../../core/permissions/actor.ts';
import { areaFreshness } from './area-freshness.ts';
import { createAsset } from './create-asset.ts';
import { addMonths } from './freshness.ts';
import { getAsset } from './get-asset.ts';
import { listQueue } from './list-queue.ts';
import { reviewRevision } from './review-revision.ts';
import { runFreshnessJob } from './run-freshness-job.ts';
import { demoActor, mailsTo, seedTaxonomy, tokenFrom, voorbeeldId } from './testing.ts';
import { verifyAssetByToken } from './verify-asset.ts';

let t: TestApp;
let m: string;
let officer: Actor;
let henk: Actor;
const henkEmail = 'bewoner@voorbeeld.example';

beforeAll(async () => {
  t = await createTestApp();
  m = await voorbeeldId(t.ctx.db);
  await seedTaxonomy(t.ctx.db, m);
  officer = await demoActor(t.ctx.db, m, 'wijkambtenaar.centrum@voorbeeld.example');
  henk = await demoActor(t.ctx.db, m, henkEmail);
});
afterAll(() => t.close());

const as = (actor: Actor) => ({ db: t.ctx.db, actor, meta: {} });
const days = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

describe('freshness', () => {
  it('reminds the owner once, then marks possibly outdated, then hides; one click makes it fresh again', async () => {
    const created = await createAsset(as(henk), {
      kind: 'group',
      title: 'Moestuinclub Kerkstraat',
      areaCode: 'BU99990103',
    });
    const entry = (await listQueue(t.ctx.db, officer)).revisions.find((r) => r.assetId === created.assetId);
    await reviewRevision(t.ctx, as(officer), entry?.revisionId ?? '', { decision: 'approve' });
    const verifiedAt = (await getAsset(t.ctx.db, officer, created.assetId)).lastVerifiedAt;

    // Before the period ends: nothing.
    const reminded = async () =>
      (await mailsTo(t.ctx.db, henkEmail, 'social-map-freshness')).filter((r) =>
        r.subject.includes('Moestuinclub Kerkstraat'),
      );
    await runFreshnessJob(t.ctx, days(addMonths(verifiedAt, 6), -1));
    expect(await reminded()).toHaveLength(0);

    const due = days(addMonths(verifiedAt, 6), 1);
    await runFreshnessJob(t.ctx, due);
    await runFreshnessJob(t.ctx, due);
    await runFreshnessJob(t.ctx, days(due, 3));
    const reminders = await reminded();
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.subject).toBe('Klopt "Moestuinclub Kerkstraat" nog?');
    expect(reminders[0]?.body_text).toContain(`/sociale-kaart/${created.assetId}/bewerken`);
    expect((await getAsset(t.ctx.db, anonymous(m), created.assetId)).freshness).toBe('due');

    // A month after the reminder without reaction: shown as possibly outdated.
    await runFreshnessJob(t.ctx, days(addMonths(due, 1), 1));
    const outdated = await getAsset(t.ctx.db, anonymous(m), created.assetId);
    expect(outdated).toMatchObject({ freshness: 'possibly_outdated', publiclyVisible: true });

    // Three months later: hidden from the public and listed for the area officer.
    await runFreshnessJob(t.ctx, days(addMonths(due, 4), 1));
    await expect(getAsset(t.ctx.db, anonymous(m), created.assetId)).rejects.toBeInstanceOf(NotFoundError);
    const stale = (await listQueue(t.ctx.db, officer)).stale.map((s) => s.assetId);
    expect(stale).toContain(created.assetId);
    expect((await getAsset(t.ctx.db, officer, created.assetId)).status).toBe('published');

    const token = tokenFrom(reminders[0]?.body_text ?? '', 'nog-actueel');
    const result = await verifyAssetByToken(t.ctx, as(anonymous(m)), token);
    expect(result.assetId).toBe(created.assetId);
    const fresh = await getAsset(t.ctx.db, anonymous(m), created.assetId);
    expect(fresh).toMatchObject({
      freshness: 'fresh',
      publiclyVisible: true,
      lastVerifiedLabel: 'owner (e-mail link)',
    });
    expect((await listQueue(t.ctx.db, officer)).stale.map((s) => s.assetId)).not.toContain(created.assetId);
  });

  it('refuses a tampered or foreign verify link', async () => {
    await expect(
      verifyAssetByToken(t.ctx, as(anonymous(m)), 'eyJwIjoidmVyaWZ5In0.bad'),
    ).rejects.toMatchObject({
      key: 'socialMap.error.invalidLink',
    });
  });

  it('lets a temporary item expire by itself', async () => {
    const { assetId } = await createAsset(as(officer), {
      kind: 'activity',
      title: 'Zomerfeest 2020',
      areaCode: 'BU99990104',
      validFrom: '2020-07-01',
      validUntil: '2020-07-31',
    });
    await expect(getAsset(t.ctx.db, anonymous(m), assetId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getAsset(t.ctx.db, officer, assetId)).toMatchObject({ expired: true, status: 'published' });
  });

  it('gives an area a freshness figure', async () => {
    const now = new Date();
    const figure = await areaFreshness(t.ctx.db, anonymous(m), 'WK999901', now);
    // Moestuinclub (verified by its owner) and Zomerfeest (created by the officer) at least.
    expect(figure.verifiedWithinPeriod).toBeGreaterThanOrEqual(2);
    expect(figure.share).toBeCloseTo(figure.verifiedWithinPeriod / figure.published);
    const later = await areaFreshness(t.ctx.db, anonymous(m), 'WK999901', addMonths(now, 7));
    expect(later).toMatchObject({ published: figure.published, verifiedWithinPeriod: 0, share: 0 });
  });
});
