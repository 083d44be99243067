import type { Voice } from './report.ts';
import type { ReportDb, ReportTx } from './reports.tables.ts';

// The Kysely queries of plan_report_voices; nothing else queries the table.

function baseQuery(db: ReportDb, municipalityId: string) {
  return db
    .selectFrom('plan_report_voices as v')
    .leftJoin('plan_items as i', (j) =>
      j.onRef('i.id', '=', 'v.item_id').onRef('i.municipality_id', '=', 'v.municipality_id'),
    )
    .leftJoin('people as p', (j) =>
      j.onRef('p.id', '=', 'v.added_by').onRef('p.municipality_id', '=', 'v.municipality_id'),
    )
    .where('v.municipality_id', '=', municipalityId)
    .select([
      'v.id',
      'v.plan_id',
      'v.item_id',
      'i.title as item_title',
      'v.quote',
      'v.attribution',
      'v.added_by',
      'p.name as added_by_name',
      'v.created_at',
    ]);
}

type VoiceRow = {
  id: string;
  plan_id: string;
  item_id: string | null;
  item_title: string | null;
  quote: string;
  attribution: string;
  added_by: string | null;
  added_by_name: string | null;
  created_at: Date;
};

function toVoice(r: VoiceRow): Voice {
  return {
    id: r.id,
    planId: r.plan_id,
    item: r.item_id && r.item_title !== null ? { id: r.item_id, title: r.item_title } : null,
    quote: r.quote,
    attribution: r.attribution,
    addedBy: r.added_by_name,
    addedById: r.added_by,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** The voices of these plans, oldest first, in one query. */
export async function voicesOfPlans(
  db: ReportDb,
  municipalityId: string,
  planIds: string[],
): Promise<Voice[]> {
  if (planIds.length === 0) return [];
  const rows = await baseQuery(db, municipalityId)
    .where('v.plan_id', 'in', planIds)
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute();
  return rows.map(toVoice);
}

export async function findVoice(
  db: ReportDb,
  municipalityId: string,
  planId: string,
  voiceId: string,
): Promise<Voice | null> {
  const row = await baseQuery(db, municipalityId)
    .where('v.plan_id', '=', planId)
    .where('v.id', '=', voiceId)
    .executeTakeFirst();
  return row ? toVoice(row) : null;
}

export async function insertVoice(
  tx: ReportTx,
  row: {
    municipalityId: string;
    planId: string;
    itemId: string | null;
    quote: string;
    attribution: string;
    addedBy: string | null;
  },
): Promise<string> {
  const inserted = await tx
    .insertInto('plan_report_voices')
    .values({
      municipality_id: row.municipalityId,
      plan_id: row.planId,
      item_id: row.itemId,
      quote: row.quote,
      attribution: row.attribution,
      consent_confirmed: true,
      added_by: row.addedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function deleteVoice(tx: ReportTx, municipalityId: string, voiceId: string): Promise<void> {
  await tx
    .deleteFrom('plan_report_voices')
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', voiceId)
    .execute();
}
