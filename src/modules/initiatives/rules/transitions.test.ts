import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemStatus } from '../initiatives.tables.ts';
import { decisions, itemStatuses } from '../initiatives.ts';
import { allowedNext, checkTransition, residentEventFor, residentEvents } from './transitions.ts';

// The whitelist as agreed for issue 5, written out as a table: [from, to].
const allowed: Array<[ItemStatus, ItemStatus]> = [
  ['received', 'in_progress'],
  ['received', 'awaiting_resident'],
  ['received', 'decided'],
  ['received', 'cancelled'],
  ['in_progress', 'awaiting_resident'],
  ['in_progress', 'decided'],
  ['in_progress', 'cancelled'],
  ['awaiting_resident', 'in_progress'],
  ['awaiting_resident', 'decided'],
  ['awaiting_resident', 'cancelled'],
  ['decided', 'in_execution'],
  ['decided', 'done'],
  ['decided', 'reopened'],
  ['in_execution', 'done'],
  ['in_execution', 'cancelled'],
  ['done', 'reopened'],
  ['cancelled', 'reopened'],
  ['reopened', 'in_progress'],
  ['reopened', 'awaiting_resident'],
  ['reopened', 'decided'],
  ['reopened', 'cancelled'],
];
const complete = {
  decision: 'granted' as const,
  answer: 'Wij plaatsen de bank in het voorjaar.',
  reason: 'Dubbele melding',
};

describe('the transition whitelist', () => {
  it.each(itemStatuses.flatMap((from) => itemStatuses.map((to) => [from, to] as const)))(
    '%s → %s',
    (from, to) => {
      const expected = allowed.some(([f, t]) => f === from && t === to);
      expect(allowedNext(from).includes(to)).toBe(expected);
      expect(checkTransition(from, to, complete).ok).toBe(expected);
      if (!expected)
        expect(checkTransition(from, to, complete)).toEqual({
          ok: false,
          key: 'initiatives.rules.transitionNotAllowed',
        });
    },
  );

  it('never allows staying in the same status', () => {
    for (const s of itemStatuses) expect(allowedNext(s)).not.toContain(s);
  });

  it('hands out a copy', () => {
    allowedNext('received').push('done');
    expect(allowedNext('received')).not.toContain('done');
  });

  it('can reach every status from received, and every closed item can be reopened', () => {
    const seen = new Set<ItemStatus>(['received']);
    const queue: ItemStatus[] = ['received'];
    while (queue.length > 0) {
      for (const n of allowedNext(queue.shift() as ItemStatus)) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...itemStatuses].sort());
    expect(allowedNext('done')).toContain('reopened');
    expect(allowedNext('cancelled')).toContain('reopened');
  });
});

describe('checkTransition requirements', () => {
  it('needs a decision and an answer to decide', () => {
    expect(checkTransition('in_progress', 'decided', { answer: 'x' })).toEqual({
      ok: false,
      key: 'initiatives.rules.decisionRequired',
    });
    expect(checkTransition('in_progress', 'decided', { decision: 'rejected', answer: '   ' })).toEqual({
      ok: false,
      key: 'initiatives.rules.answerRequired',
    });
    expect(
      checkTransition('in_progress', 'decided', { decision: 'rejected', answer: 'Past niet in het beleid.' }),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses an unknown decision', () => {
    expect(checkTransition('received', 'decided', { decision: 'maybe' as never, answer: 'x' }).ok).toBe(
      false,
    );
  });

  it('needs a reason to cancel', () => {
    expect(checkTransition('received', 'cancelled', {})).toEqual({
      ok: false,
      key: 'initiatives.rules.reasonRequired',
    });
    expect(checkTransition('in_execution', 'cancelled', { reason: '' }).ok).toBe(false);
    expect(
      checkTransition('in_execution', 'cancelled', { reason: 'De initiatiefnemer ziet ervan af.' }).ok,
    ).toBe(true);
  });

  it('needs nothing extra for the other allowed steps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...allowed.filter(([, t]) => t !== 'decided' && t !== 'cancelled')),
        ([from, to]) => {
          expect(checkTransition(from, to, {})).toEqual({ ok: true });
        },
      ),
    );
  });
});

describe('residentEventFor', () => {
  it('names the resident message of each status', () => {
    expect(residentEventFor('awaiting_resident')).toBe('question');
    expect(residentEventFor('in_progress')).toBe('in_progress');
    expect(residentEventFor('reopened')).toBe('reopened');
    for (const d of decisions) expect(residentEventFor('decided', d)).toBe(`decided_${d}`);
    expect(() => residentEventFor('decided')).toThrow();
  });

  it('always gives a known event', () => {
    for (const s of itemStatuses) {
      expect(residentEvents).toContain(residentEventFor(s, 'referred'));
    }
  });
});
