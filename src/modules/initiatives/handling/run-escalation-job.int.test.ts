import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { initiativesDb } from '../initiatives.tables.ts';
import { createInitiativesFixture, type InitiativesFixture } from '../testing.ts';
import { insertTestItem } from './handling-test-items.ts';
import { runEscalationJob } from './run-escalation-job.ts';

// Items still open past their escalation date go to the coordinators: marked, logged in the
// history, one mail per coordinator listing them; a second run finds nothing and mails nobody.

let t: TestApp;
let f: InitiativesFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await createInitiativesFixture(t.ctx.db);
});
afterAll(() => t.close());

const coordinatorMails = () =>
  t.ctx.db
    .selectFrom('outbox_messages')
    .select(['subject', 'body_text'])
    .where('recipient', '=', 'coordinator@voorbeeld.example')
    .where('purpose', '=', 'initiatives-escalation')
    .execute();

const find = (id: string) =>
  initiativesDb(t.ctx.db)
    .selectFrom('initiative_items')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('escalation job', () => {
  it('escalates open items past their escalation date once, and tells the coordinators', async () => {
    const now = new Date('2026-06-15T08:00:00Z'); // Monday
    const due = await insertTestItem(t.ctx.db, f, {
      category: 'pavement',
      title: 'Kapotte lantaarn bij de school',
      deadlineOn: '2026-06-01',
      escalateOn: '2026-06-08',
    });
    const waiting = await insertTestItem(t.ctx.db, f, {
      category: 'careQuestion',
      status: 'awaiting_resident',
      deadlineOn: '2026-06-01',
      escalateOn: '2026-06-12',
    });
    const today = await insertTestItem(t.ctx.db, f, {
      category: 'pavement',
      deadlineOn: '2026-06-08',
      escalateOn: '2026-06-15',
    });
    const closed = await insertTestItem(t.ctx.db, f, {
      category: 'pavement',
      status: 'done',
      closedAt: new Date('2026-06-10T10:00:00Z'),
      deadlineOn: '2026-06-01',
      escalateOn: '2026-06-08',
    });
    const decided = await insertTestItem(t.ctx.db, f, {
      category: 'smallIdea',
      status: 'decided',
      decision: 'granted',
      answer: 'Ja.',
      deadlineOn: '2026-06-01',
      escalateOn: '2026-06-08',
    });

    const first = await runEscalationJob(t.ctx, now);
    expect(first).toEqual({ escalated: 2, mailed: 1 });
    expect((await find(due.id)).escalated_at).toEqual(now);
    expect((await find(waiting.id)).escalated_at).toEqual(now);
    // The escalation day itself is still in time; closed and decided items are not escalated.
    expect((await find(today.id)).escalated_at).toBeNull();
    expect((await find(closed.id)).escalated_at).toBeNull();
    expect((await find(decided.id)).escalated_at).toBeNull();
    expect((await find(due.id)).version).toBe(2);

    const events = await initiativesDb(t.ctx.db)
      .selectFrom('initiative_events')
      .select(['item_id', 'event', 'public_text'])
      .where('event', '=', 'escalated')
      .execute();
    expect(events.map((e) => e.item_id).sort()).toEqual([due.id, waiting.id].sort());
    expect(events.every((e) => e.public_text === null)).toBe(true);

    const mails = await coordinatorMails();
    expect(mails).toHaveLength(1);
    // In the coordinator's own language.
    expect(mails[0]?.subject).toMatch(/^2 (meldingen over de termijn|items past their deadline) – /);
    expect(mails[0]?.body_text).toContain(due.reference);
    expect(mails[0]?.body_text).toContain('Kapotte lantaarn bij de school');
    expect(mails[0]?.body_text).toContain('Afdeling Openbare Ruimte');
    expect(mails[0]?.body_text).toContain(`/meldingen/behandelen/${due.id}`);
    expect(mails[0]?.body_text).not.toContain(today.reference);

    // Idempotent: nothing new, no mail.
    expect(await runEscalationJob(t.ctx, now)).toEqual({ escalated: 0, mailed: 0 });
    expect(await coordinatorMails()).toHaveLength(1);

    // A day later the item whose escalation day it was goes too.
    expect(await runEscalationJob(t.ctx, new Date('2026-06-16T08:00:00Z'))).toEqual({
      escalated: 1,
      mailed: 1,
    });
    expect((await find(today.id)).escalated_at).not.toBeNull();
  });
});
