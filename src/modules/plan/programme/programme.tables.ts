import type { ColumnType, Generated, Kysely, Selectable } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { PlanTables } from '../plan.tables.ts';

// Row types of the programme tables (migrations/0011_programme.sql). Services map rows to the
// types in programme.ts and never hand rows out.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type UuidArray = ColumnType<string[], string[] | undefined, string[]>;
type Cents = ColumnType<number | null, number | null | undefined, number | null>;

export type Score = 'none' | 'some' | 'substantial';
export type IdeaStatus = 'unconfirmed' | 'submitted' | 'in_assessment' | 'revise' | 'accepted' | 'rejected';
export type DecisionKind = 'accept' | 'revise' | 'reject';
export type RuleOutcome = 'meets' | 'does_not_meet' | 'incomplete';

export type ProgrammeSettingsTable = {
  municipality_id: string;
  min_substantial: Generated<number>;
  assessor_ids: UuidArray;
  version: Generated<number>;
  updated_at: Timestamp;
};

export type ProgrammeCriteriaTable = {
  id: Generated<string>;
  municipality_id: string;
  kind: 'effect' | 'criterion';
  code: string;
  name: string;
  description: Generated<string>;
  min_score: 'some' | 'substantial' | null;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
};

export type ProjectIdeasTable = {
  id: Generated<string>;
  municipality_id: string;
  area_id: string;
  title: string;
  summary: string;
  description: Generated<string>;
  durability: Generated<string>;
  partners: Generated<string>;
  budget_cents: Cents;
  aimed_effect_ids: UuidArray;
  submitter_kind: 'resident' | 'partner' | 'staff';
  submitter_name: string | null;
  submitter_email: string | null;
  submitter_person_id: string | null;
  locale: ColumnType<'nl' | 'en', 'nl' | 'en' | undefined, 'nl' | 'en'>;
  status: ColumnType<IdeaStatus, IdeaStatus | undefined, IdeaStatus>;
  confirm_expires_at: NullableTimestamp;
  idempotency_key: string | null;
  plan_id: string | null;
  plan_item_id: string | null;
  version: Generated<number>;
  confirmed_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ProjectIdeaGoalsTable = {
  municipality_id: string;
  idea_id: string;
  goal_item_id: string;
};

export type ProjectAssessmentsTable = {
  id: Generated<string>;
  municipality_id: string;
  idea_id: string;
  criterion_id: string;
  assessor_id: string;
  score: Score;
  motivation: string;
  updated_at: Timestamp;
};

export type ProjectDecisionsTable = {
  id: Generated<string>;
  municipality_id: string;
  idea_id: string;
  decision: DecisionKind;
  reason: string;
  rule_outcome: RuleOutcome;
  decided_by: string | null;
  decided_at: Timestamp;
};

export type ProgrammeTables = PlanTables & {
  programme_settings: ProgrammeSettingsTable;
  programme_criteria: ProgrammeCriteriaTable;
  project_ideas: ProjectIdeasTable;
  project_idea_goals: ProjectIdeaGoalsTable;
  project_assessments: ProjectAssessmentsTable;
  project_decisions: ProjectDecisionsTable;
};

export type IdeaRow = Selectable<ProjectIdeasTable>;
export type CriterionRow = Selectable<ProgrammeCriteriaTable>;

export type ProgrammeDb = Kysely<CoreTables & ProgrammeTables>;
export type ProgrammeTx = WriteTx<CoreTables & ProgrammeTables>;

export function programmeDb(db: Db): ProgrammeDb {
  return readDb<ProgrammeTables>(db);
}

export function programmeTx(tx: WriteTx): ProgrammeTx {
  return withTables<ProgrammeTables>(tx);
}
