import type { ItemStatus, SignalStatus } from '../initiatives.tables.ts';
import type { TrendDirection } from './figures.ts';
import type { ScopeArea } from './scope.ts';

// What the signals part's services return: the dashboard, the trends, the statistics, the public
// map's points, and wijksignalen (neighbourhood signals).

export type { SignalStatus, TrendDirection };
export const signalStatuses: readonly SignalStatus[] = ['open', 'sent', 'linked', 'closed'];

export interface PeriodTrend {
  /** The last complete week or month. */
  current: number;
  previous: number;
  direction: TrendDirection;
  changePercent: number | null;
}

export interface ScopeView {
  area: ScopeArea | null;
  office: boolean;
  choices: ScopeArea[];
}

export interface Dashboard {
  today: string;
  scope: ScopeView;
  /** Open now (the deadline runs), whenever received. */
  open: { total: number; overdue: number; escalated: number };
  /** Received in the 12 months shown, by current status. */
  periodFrom: string;
  periodTotal: number;
  byStatus: Array<{ status: ItemStatus; count: number }>;
  departments: Array<{
    organisationId: string;
    name: string;
    open: number;
    overdue: number;
    escalated: number;
  }>;
  categories: Array<{ categoryId: string; name: string; received: number; open: number; overdue: number }>;
  months: Array<{ month: string; count: number }>;
  weeks: Array<{ week: string; count: number }>;
  monthTrend: PeriodTrend;
  weekTrend: PeriodTrend;
}

export interface TrendRow {
  key: string;
  name: string;
  months: number[];
  total: number;
  current: number;
  previous: number;
  direction: TrendDirection;
}

export interface TrendArea {
  code: string;
  name: string;
  total: TrendRow;
  categories: TrendRow[];
}

export interface Trends {
  today: string;
  scope: ScopeView;
  months: string[];
  category: { id: string; name: string } | null;
  categoryChoices: Array<{ id: string; name: string }>;
  total: TrendRow;
  areas: TrendArea[];
  byCategory: TrendRow[];
}

export interface StatisticsRow {
  areaCode: string;
  areaName: string;
  categoryId: string;
  categoryCode: string;
  month: string;
  count: number;
  open: number;
}

export interface PublicSignal {
  lon: number;
  lat: number;
  categoryCode: string;
  category: string;
  status: ItemStatus;
  month: string;
  areaCode: string;
  areaName: string;
  count: number;
}

export interface PublicSignals {
  /** False when the municipality has not switched the public map on: then there are no points. */
  enabled: boolean;
  from: string;
  months: number;
  categories: Array<{ code: string; name: string }>;
  signals: PublicSignal[];
  truncated: boolean;
}

export interface NeighbourhoodSignal {
  id: string;
  area: { id: string; code: string; name: string };
  title: string;
  explanation: string;
  status: SignalStatus;
  planItemId: string | null;
  sentToOrganisation: { id: string; name: string } | null;
  sentToBoard: string | null;
  outcome: string | null;
  itemCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SignalItem {
  id: string;
  reference: string;
  title: string;
  status: ItemStatus;
  categoryId: string;
  category: string;
  area: { code: string; name: string };
  receivedAt: string;
  /** The resident left an e-mail address, so they hear the outcome by mail. */
  reachable: boolean;
}

export interface PlanItemRef {
  planId: string;
  planTitle: string;
  itemId: string;
  itemTitle: string;
  level: string;
}

export interface NeighbourhoodSignalView {
  signal: NeighbourhoodSignal;
  items: SignalItem[];
  planItem: PlanItemRef | null;
}
