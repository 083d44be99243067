import type { Decision, ItemStatus } from '../initiatives.tables.ts';
import { decisions } from '../initiatives.ts';
import type { RulesMessageKey } from './rules-i18n.ts';
import './rules-i18n.ts';

// The whitelist of status steps. Everything not listed is refused, including staying put.
const next: Record<ItemStatus, readonly ItemStatus[]> = {
  received: ['in_progress', 'awaiting_resident', 'decided', 'cancelled'],
  in_progress: ['awaiting_resident', 'decided', 'cancelled'],
  awaiting_resident: ['in_progress', 'decided', 'cancelled'],
  decided: ['in_execution', 'done', 'reopened'],
  in_execution: ['done', 'cancelled'],
  done: ['reopened'],
  cancelled: ['reopened'],
  reopened: ['in_progress', 'awaiting_resident', 'decided', 'cancelled'],
};

/** The events the resident is told about (message templates exist per event). */
export const residentEvents = [
  'received',
  'transferred',
  'in_progress',
  'question',
  'decided_granted',
  'decided_rejected',
  'decided_referred',
  'in_execution',
  'done',
  'cancelled',
  'reopened',
  'signal_outcome',
] as const;
export type ResidentEvent = (typeof residentEvents)[number];

export function allowedNext(status: ItemStatus): ItemStatus[] {
  return [...next[status]];
}

export interface TransitionInput {
  decision?: Decision | null | undefined;
  answer?: string | null | undefined;
  reason?: string | null | undefined;
}

export type TransitionCheck = { ok: true } | { ok: false; key: RulesMessageKey };

const filled = (text: string | null | undefined): boolean => (text ?? '').trim() !== '';

/**
 * May the item go from `from` to `to` with this input? A decision needs a decision and the
 * answer the resident reads; a cancellation needs a reason. The key is a message-catalogue key.
 */
export function checkTransition(from: ItemStatus, to: ItemStatus, input: TransitionInput): TransitionCheck {
  if (!next[from].includes(to)) return { ok: false, key: 'initiatives.rules.transitionNotAllowed' };
  if (to === 'decided') {
    if (!input.decision || !decisions.includes(input.decision)) {
      return { ok: false, key: 'initiatives.rules.decisionRequired' };
    }
    if (!filled(input.answer)) return { ok: false, key: 'initiatives.rules.answerRequired' };
  }
  if (to === 'cancelled' && !filled(input.reason))
    return { ok: false, key: 'initiatives.rules.reasonRequired' };
  return { ok: true };
}

/** The resident message event for arriving in a status ('decided' needs the decision). */
export function residentEventFor(to: ItemStatus, decision?: Decision | null): ResidentEvent {
  switch (to) {
    case 'awaiting_resident':
      return 'question';
    case 'decided':
      if (!decision) throw new Error('residentEventFor: a decided item needs its decision');
      return `decided_${decision}`;
    default:
      return to;
  }
}
