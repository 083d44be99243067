import type { AreaRef } from '../plan.ts';
import type { DecisionKind, IdeaStatus, RuleOutcome, Score } from './programme.tables.ts';

// The programme as the services hand it out: the effect framework of a municipality, project
// ideas from the neighbourhood, the assessors' scores and the decisions.

export type { DecisionKind, IdeaStatus, RuleOutcome, Score };
export const scores = ['none', 'some', 'substantial'] as const satisfies readonly Score[];
export const ideaStatuses = [
  'unconfirmed',
  'submitted',
  'in_assessment',
  'revise',
  'accepted',
  'rejected',
] as const satisfies readonly IdeaStatus[];
export const decisionKinds = ['accept', 'revise', 'reject'] as const satisfies readonly DecisionKind[];

/** An effect the programme wants (counted by the rule) or an extra criterion (each must be met). */
export interface Criterion {
  id: string;
  kind: 'effect' | 'criterion';
  code: string;
  name: string;
  description: string;
  /** Criteria only: the combined score it must reach. */
  minScore: 'some' | 'substantial' | null;
  position: number;
  active: boolean;
}

export interface EffectFramework {
  /** How many effects a project must serve substantially. */
  minSubstantial: number;
  effects: Criterion[];
  criteria: Criterion[];
  assessors: Array<{ id: string; name: string }>;
  version: number;
}

export interface Assessment {
  criterionId: string;
  assessor: { id: string; name: string };
  score: Score;
  motivation: string;
  updatedAt: string;
}

export interface Decision {
  id: string;
  decision: DecisionKind;
  reason: string;
  ruleOutcome: RuleOutcome;
  decidedBy: string | null;
  decidedAt: string;
}

/** What the staff see of an idea (the status page shows a smaller part, see IdeaStatusView). */
export interface ProjectIdea {
  id: string;
  area: AreaRef;
  title: string;
  summary: string;
  description: string;
  durability: string;
  partners: string;
  budgetCents: number | null;
  aimedEffectIds: string[];
  submitterKind: 'resident' | 'partner' | 'staff';
  submitterName: string | null;
  submitterEmail: string | null;
  status: IdeaStatus;
  planId: string | null;
  planItemId: string | null;
  goalIds: string[];
  version: number;
  createdAt: string;
  decidedAt: string | null;
}

export interface IdeaPermissions {
  assess: boolean;
  decide: boolean;
}

export interface ProjectIdeaView {
  idea: ProjectIdea;
  framework: EffectFramework;
  assessments: Assessment[];
  evaluation: RuleEvaluation;
  decisions: Decision[];
  permissions: IdeaPermissions;
}

/** One line of the rule's explanation: a message key and its parameters. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
  ok: boolean;
}

export interface CriterionResult {
  criterionId: string;
  /** The combined score of the assessors (the lower median), null when nobody scored it. */
  score: Score | null;
  assessorCount: number;
}

export interface RuleEvaluation {
  outcome: RuleOutcome;
  substantialCount: number;
  required: number;
  results: CriterionResult[];
  reasons: Reason[];
}
