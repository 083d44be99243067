import type { ItemStatus, PlanState } from './plan.tables.ts';

// The wijkplan as the services hand it out (never rows). A plan belongs to an area and has a tree:
// goals (long term) → action lines (mid term) → interventions and projects (short term).

export type { ItemStatus, PlanState };
export const planStates = [
  'draft',
  'adopted',
  'under_review',
  'closed',
] as const satisfies readonly PlanState[];
export const itemStatuses = [
  'idea',
  'planned',
  'running',
  'done',
  'stopped',
] as const satisfies readonly ItemStatus[];
export const itemLevels = ['goal', 'action_line', 'intervention'] as const;
export type ItemLevel = (typeof itemLevels)[number];
export const memberRoles = ['owner', 'co_author', 'reader'] as const;
export type MemberRole = (typeof memberRoles)[number];
export type PlanKind = 'area_plan' | 'programme';

/** The level a child of this level has; interventions have no children. */
export function childLevel(level: ItemLevel | null): ItemLevel | null {
  if (level === null) return 'goal';
  if (level === 'goal') return 'action_line';
  if (level === 'action_line') return 'intervention';
  return null;
}

export interface AreaRef {
  id: string;
  code: string;
  name: string;
}

export interface Plan {
  id: string;
  municipalityId: string;
  kind: PlanKind;
  area: AreaRef;
  title: string;
  summary: string;
  vision: string;
  periodStart: string;
  periodEnd: string;
  state: PlanState;
  adoptedAt: string | null;
  /** Optimistic concurrency: a write names this; it goes up by one on every write. */
  version: number;
  updatedAt: string;
}

export interface PlanMember {
  id: string;
  role: MemberRole;
  organisation: { id: string; name: string; kind: string } | null;
  person: { id: string; name: string } | null;
}

export interface Milestone {
  id: string;
  title: string;
  dueDate: string | null;
  doneOn: string | null;
}

export interface IndicatorValue {
  id: string;
  measuredOn: string;
  value: number;
  source: string;
  note: string;
}

export interface Indicator {
  id: string;
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: number | null;
  baselineOn: string | null;
  target: number | null;
  targetOn: string | null;
  sourceKind: 'manual' | 'cbs';
  /** For sourceKind 'cbs': the key in the area's CBS figures and that area. */
  cbs: { key: string; area: AreaRef } | null;
  /** Oldest first; for 'cbs' the area's current figure is one of them. */
  values: IndicatorValue[];
}

/** A reference to an item of another module; the label comes from that module's services. */
export interface ItemLink {
  module: 'social_map' | 'initiatives';
  refId: string;
  label: string | null;
  href: string | null;
}

export interface PlanItem {
  id: string;
  planId: string;
  parentId: string | null;
  level: ItemLevel;
  position: number;
  title: string;
  description: string;
  ownerOrganisation: { id: string; name: string } | null;
  contactPerson: { id: string; name: string } | null;
  startDate: string | null;
  endDate: string | null;
  status: ItemStatus;
  themes: string[];
  areas: AreaRef[];
  weight: number | null;
  /** As set by the owner; null when it comes from milestones or children. */
  progress: number | null;
  milestones: Milestone[];
  indicators: Indicator[];
  links: ItemLink[];
  version: number;
  updatedAt: string;
}

/** An item with its children and its rolled-up progress (0–100, null when nothing to go on). */
export interface PlanTreeNode {
  item: PlanItem;
  rolledUpProgress: number | null;
  children: PlanTreeNode[];
}

/** What the actor may do with a plan; pages and the API show or hide actions by it. */
export interface PlanPermissions {
  read: boolean;
  editPlan: boolean;
  /** Add goals and action lines, change members, change the state. */
  manage: boolean;
  /** Ids of the items the actor may edit (owners: all; co-authors: their own parts). */
  editableItemIds: string[];
  addItemUnder: string[];
}

export interface PlanView {
  plan: Plan;
  members: PlanMember[];
  /** The goals, in position order, each with its subtree. */
  tree: PlanTreeNode[];
  /** The plan's rolled-up progress over its goals. */
  progress: number | null;
  permissions: PlanPermissions;
}
