import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { ctxFor } from '../../plan/testing.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { createInitiativesFixture, type InitiativesFixture } from '../testing.ts';
import { runContactRetentionJob } from './run-contact-retention-job.ts';
import { submitItem } from './submit-item.ts';
import { jpegWithGps } from './test-images.ts';

// Contact details and submission photos go once an item has been closed for the retention period
// (365 days by default); open items and recently closed ones keep them; a second run changes nothing.

let t: TestApp;
let f: InitiativesFixture;
beforeAll(async () => {
  t = await createTestApp({ template: 'demo' });
  f = await createInitiativesFixture(t.ctx.db);
});
afterAll(() => t.close());

const day = 86_400_000;

async function item(closedDaysAgo: number | null, status: 'done' | 'cancelled' | 'in_progress') {
  const ctx = await ctxFor(t.ctx.db, 'coordinator@voorbeeld.example');
  const { id } = await submitItem(
    t.ctx,
    ctx,
    {
      channel: 'phone',
      categoryId: f.categories.litter,
      description: 'Zakken afval naast de container aan het Marktplein.',
      areaCode: 'BU99990101',
      contactName: 'Joke',
      contactEmail: 'joke@example.org',
      contactPhone: '06 11112222',
      consent: true,
    },
    [{ name: 'a.jpg', type: 'image/jpeg', bytes: await jpegWithGps() }],
  );
  await initiativesDb(t.ctx.db)
    .updateTable('initiative_items')
    .set({ status, closed_at: closedDaysAgo === null ? null : new Date(Date.now() - closedDaysAgo * day) })
    .where('id', '=', id)
    .execute();
  return id;
}

const find = (id: string) =>
  initiativesDb(t.ctx.db)
    .selectFrom('initiative_items')
    .select(['title', 'description', 'contact_name', 'contact_email', 'contact_phone', 'contact_removed_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const photos = async (id: string) =>
  (
    await initiativesDb(t.ctx.db)
      .selectFrom('initiative_files')
      .select('id')
      .where('item_id', '=', id)
      .execute()
  ).length;

describe('contact retention job', () => {
  it('removes contact details and photos after the retention period, and nothing else', async () => {
    const old = await item(400, 'done');
    const oldCancelled = await item(366, 'cancelled');
    const recent = await item(30, 'done');
    const open = await item(null, 'in_progress');

    const result = await runContactRetentionJob(t.ctx);
    expect(result.removed).toBe(2);
    for (const id of [old, oldCancelled]) {
      expect(await find(id)).toMatchObject({
        description: 'Zakken afval naast de container aan het Marktplein.',
        contact_name: null,
        contact_email: null,
        contact_phone: null,
      });
      expect((await find(id)).contact_removed_at).not.toBeNull();
      expect(await photos(id)).toBe(0);
    }
    for (const id of [recent, open]) {
      expect(await find(id)).toMatchObject({ contact_email: 'joke@example.org', contact_removed_at: null });
      expect(await photos(id)).toBe(1);
    }
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('action', '=', 'initiatives.retention')
      .execute();
    expect(audit).toHaveLength(1);
    expect(await runContactRetentionJob(t.ctx)).toEqual({ removed: 0 });
  });

  it('counts a rejected or referred answer as the end: its contact details go after the period too', async () => {
    const rejectedLongAgo = await item(null, 'in_progress');
    const rejectedRecently = await item(null, 'in_progress');
    for (const [id, daysAgo] of [
      [rejectedLongAgo, 400],
      [rejectedRecently, 10],
    ] as const)
      await initiativesDb(t.ctx.db)
        .updateTable('initiative_items')
        .set({
          status: 'decided',
          decision: 'rejected',
          answer: 'Nee.',
          decided_at: new Date(Date.now() - daysAgo * day),
        })
        .where('id', '=', id)
        .execute();
    expect(await runContactRetentionJob(t.ctx)).toEqual({ removed: 1 });
    expect(await find(rejectedLongAgo)).toMatchObject({ contact_email: null, contact_phone: null });
    expect(await find(rejectedRecently)).toMatchObject({ contact_email: 'joke@example.org' });
  });
});
