import type { AreaRef } from '../plan.ts';

// A wijktoets (neighbourhood check) as the services hand it out: a department's request to the
// area officers about a proposed decision or plan, with one answer per area asked.

export const checkVerdicts = ['supports', 'supports_with_conditions', 'concerns', 'no_impact'] as const;
export type CheckVerdict = (typeof checkVerdicts)[number];
export const checkStatuses = ['open', 'overdue', 'answered', 'closed'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export interface CheckAreaAnswer {
  area: AreaRef & { path: string };
  verdict: CheckVerdict | null;
  answer: string;
  answeredBy: { id: string; name: string } | null;
  answeredAt: string | null;
}

export interface NeighbourhoodCheck {
  id: string;
  title: string;
  proposal: string;
  question: string;
  requestingOrganisation: { id: string; name: string } | null;
  requestedBy: { id: string; name: string } | null;
  plan: { id: string; title: string } | null;
  answerBy: string;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  status: CheckStatus;
  areas: CheckAreaAnswer[];
}

/**
 * Closed when the requester closed it; answered when every area has answered; overdue when the
 * answer date passed before that; open otherwise.
 */
export function checkStatus(
  check: { closedAt: string | null; answerBy: string; areas: Array<{ answeredAt: string | null }> },
  today: string,
): CheckStatus {
  if (check.closedAt !== null) return 'closed';
  if (check.areas.length > 0 && check.areas.every((a) => a.answeredAt !== null)) return 'answered';
  return check.answerBy < today ? 'overdue' : 'open';
}
