import type { DeadlineInterval, DeadlinePurpose } from './deadlines.ts';

// A planning cycle (tandwiel) as the services hand it out: the recurring deadlines of one
// organisation's planning and control cycle, or of the municipality's own (organisation null).

export interface CycleOrganisation {
  id: string;
  name: string;
  kind: string;
}

export interface CycleDeadline {
  id: string;
  title: string;
  description: string;
  purpose: DeadlinePurpose;
  everyMonths: DeadlineInterval;
  month: number;
  day: number;
  startsOn: string | null;
  endsOn: string | null;
}

export interface PlanningCycle {
  id: string;
  /** null: the municipality's own cycle (kadernota, begroting, jaarrekening), for every department. */
  organisation: CycleOrganisation | null;
  name: string;
  description: string;
  deadlines: CycleDeadline[];
  version: number;
  updatedAt: string;
}

/** One date on which a deadline of a cycle falls. */
export interface CycleOccurrence {
  date: string;
  deadline: CycleDeadline;
  cycle: { id: string; name: string; organisation: CycleOrganisation | null };
}
