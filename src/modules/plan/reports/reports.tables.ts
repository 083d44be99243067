import type { ColumnType, Generated, Kysely } from 'kysely';
import { readDb, type WriteTx, withTables } from '../../../core/audit/write.ts';
import type { Db } from '../../../core/db/database.ts';
import type { CoreTables } from '../../../core/db/tables.ts';
import type { PlanTables } from '../plan.tables.ts';

// Row types of the report's own table (migrations/0014_plan_report_voices.sql).

export type PlanReportVoicesTable = {
  id: Generated<string>;
  municipality_id: string;
  plan_id: string;
  item_id: string | null;
  quote: string;
  attribution: string;
  consent_confirmed: boolean;
  added_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type ReportTables = PlanTables & { plan_report_voices: PlanReportVoicesTable };
export type ReportDb = Kysely<CoreTables & ReportTables>;
export type ReportTx = WriteTx<CoreTables & ReportTables>;

export function reportDb(db: Db): ReportDb {
  return readDb<ReportTables>(db);
}

export function reportTx(tx: WriteTx): ReportTx {
  return withTables<ReportTables>(tx);
}
