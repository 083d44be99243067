import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { voorbeeldId } from '../testing.ts';
import { programmeDb } from './programme.tables.ts';
import { followDays } from './programme-links.ts';
import { runIdeaRetentionJob } from './run-idea-retention-job.ts';

// The submitter's name and address go when the follow link has run out; unconfirmed ideas go
// when their confirmation link has; everything younger stays as it is.

let t: TestApp;
let m: string;
beforeAll(async () => {
  t = await createTestApp({ template: 'full' });
  m = await voorbeeldId(t.ctx.db);
});
afterAll(() => t.close());

const day = 86_400_000;

async function idea(v: { title: string; status: string; decidedDaysAgo?: number; confirmExpired?: boolean }) {
  const area = await t.ctx.db
    .selectFrom('areas')
    .select('id')
    .where('municipality_id', '=', m)
    .where('code', '=', 'WK999902')
    .executeTakeFirstOrThrow();
  const now = Date.now();
  const row = await programmeDb(t.ctx.db)
    .insertInto('project_ideas')
    .values({
      municipality_id: m,
      area_id: area.id,
      title: v.title,
      summary: 'Een idee uit de buurt.',
      submitter_kind: 'resident',
      submitter_name: 'Fatima el Amrani',
      submitter_email: 'fatima@voorbeeld.example',
      status: v.status as 'submitted',
      confirm_expires_at: v.confirmExpired ? new Date(now - day) : new Date(now + 6 * day),
      decided_at: v.decidedDaysAgo === undefined ? null : new Date(now - v.decidedDaysAgo * day),
      created_at: new Date(now - (v.decidedDaysAgo ?? 0) * day - 30 * day),
      updated_at: new Date(now),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const find = (id: string) =>
  programmeDb(t.ctx.db)
    .selectFrom('project_ideas')
    .select(['title', 'submitter_name', 'submitter_email'])
    .where('id', '=', id)
    .executeTakeFirst();

describe('idea retention job', () => {
  it('removes what has passed its purpose, keeps the rest, and changes nothing the second time', async () => {
    const old = await idea({
      title: 'Bankje bij de vijver',
      status: 'rejected',
      decidedDaysAgo: followDays + 1,
    });
    const recent = await idea({ title: 'Buurtbieb', status: 'accepted', decidedDaysAgo: 30 });
    const unconfirmed = await idea({ title: 'Nooit bevestigd', status: 'unconfirmed', confirmExpired: true });
    const waiting = await idea({ title: 'Nog te bevestigen', status: 'unconfirmed' });

    const result = await runIdeaRetentionJob(t.ctx);
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(result.anonymised).toBeGreaterThanOrEqual(1);
    expect(await find(old)).toEqual({
      title: 'Bankje bij de vijver',
      submitter_name: null,
      submitter_email: null,
    });
    expect(await find(recent)).toMatchObject({ submitter_email: 'fatima@voorbeeld.example' });
    expect(await find(unconfirmed)).toBeUndefined();
    expect(await find(waiting)).toMatchObject({ submitter_name: 'Fatima el Amrani' });
    expect(await runIdeaRetentionJob(t.ctx)).toEqual({ deleted: 0, anonymised: 0 });
  });
});
