import { describe, expect, it } from 'vitest';
import { checkStatus } from './check.ts';

const answered = { answeredAt: '2026-05-01T10:00:00.000Z' };
const waiting = { answeredAt: null };

describe('checkStatus', () => {
  it('is open until every area answered, and overdue after the answer date', () => {
    expect(
      checkStatus({ closedAt: null, answerBy: '2026-05-15', areas: [answered, waiting] }, '2026-05-15'),
    ).toBe('open');
    expect(
      checkStatus({ closedAt: null, answerBy: '2026-05-15', areas: [answered, waiting] }, '2026-05-16'),
    ).toBe('overdue');
    expect(
      checkStatus({ closedAt: null, answerBy: '2026-05-15', areas: [answered, answered] }, '2026-06-01'),
    ).toBe('answered');
  });

  it('is closed once the requester closed it, answered or not', () => {
    expect(
      checkStatus(
        { closedAt: '2026-05-20T09:00:00.000Z', answerBy: '2026-05-15', areas: [waiting] },
        '2026-06-01',
      ),
    ).toBe('closed');
  });
});
