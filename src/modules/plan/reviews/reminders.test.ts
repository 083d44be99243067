import { describe, expect, it } from 'vitest';
import { addDays, isReminderDue, type ReminderItem, reminderRecipients, remindOn } from './reminders.ts';

describe('remind day', () => {
  it('counts back over month and year ends', () => {
    expect(remindOn('2026-03-10', 14)).toBe('2026-02-24');
    expect(addDays('2026-01-05', -7)).toBe('2025-12-29');
    expect(remindOn('2026-03-10', 0)).toBe('2026-03-10');
  });

  it('is due from the remind day through the review day, once', () => {
    const r = { state: 'scheduled', scheduledOn: '2026-03-10', remindDaysBefore: 14, reminderSentAt: null };
    expect(isReminderDue(r, '2026-02-23')).toBe(false);
    expect(isReminderDue(r, '2026-02-24')).toBe(true);
    expect(isReminderDue(r, '2026-03-10')).toBe(true);
    expect(isReminderDue(r, '2026-03-11')).toBe(false);
    expect(isReminderDue({ ...r, reminderSentAt: new Date() }, '2026-03-01')).toBe(false);
    expect(isReminderDue({ ...r, state: 'held' }, '2026-03-01')).toBe(false);
  });
});

describe('reminderRecipients', () => {
  const karin = { name: 'Karin de Boer', email: 'karin@woonstichting.example', locale: 'nl' as const };
  const ws = { name: 'Woonstichting Voorbeeld', email: 'info@woonstichting.example' };
  const item = (id: string, over: Partial<ReminderItem>): ReminderItem => ({
    id,
    title: `Onderdeel ${id}`,
    status: 'running',
    contact: null,
    owner: null,
    ...over,
  });

  it('sends one message per person with all their items, the contact person before the organisation', () => {
    const { recipients, unreachable } = reminderRecipients([
      item('1', { contact: karin, owner: ws }),
      item('2', { contact: { ...karin, email: 'KARIN@woonstichting.example' } }),
      item('3', { owner: ws }),
    ]);
    expect(recipients).toEqual([
      {
        ...karin,
        items: [
          { id: '1', title: 'Onderdeel 1' },
          { id: '2', title: 'Onderdeel 2' },
        ],
      },
      { email: ws.email, name: ws.name, locale: 'nl', items: [{ id: '3', title: 'Onderdeel 3' }] },
    ]);
    expect(unreachable).toEqual([]);
  });

  it('skips finished and stopped items and names the items nobody can be reached for', () => {
    const { recipients, unreachable } = reminderRecipients([
      item('1', { contact: karin, status: 'done' }),
      item('2', { owner: ws, status: 'stopped' }),
      item('3', { owner: { name: 'Bewonersvereniging', email: null } }),
      item('4', {}),
    ]);
    expect(recipients).toEqual([]);
    expect(unreachable).toEqual(['3', '4']);
  });
});
