import type { AppContext } from '../../core/app-context.ts';
import { runWrite } from '../../core/audit/write.ts';
import { systemActor } from '../../core/permissions/actor.ts';
import { keyPersonsVerifiedBefore, municipalitiesWithAssets } from './assets.repository.ts';
import { addMonths } from './freshness.ts';
import { scrubKeyPerson } from './personal-data.ts';
import './policy.ts';
import { clearReporterEmailsResolvedBefore } from './reports.repository.ts';
import { findSettings } from './settings.repository.ts';
import { smDb, smTx } from './social-map.tables.ts';
import {
  anonymiseDecidedBefore,
  deleteExpiredUnconfirmed,
  municipalitiesWithSubmissions,
} from './submissions.repository.ts';

export interface RetentionJobResult {
  keyPersons: number;
  submissionsDeleted: number;
  submissionsAnonymised: number;
  reportsAnonymised: number;
}

/**
 * Personal data is kept only as long as its purpose needs it (periods per municipality):
 * - a key person nobody has confirmed for keyPersonRetentionMonths is emptied and archived;
 * - submitters' names and addresses go submitterRetentionMonths after the decision, and
 *   reporters' addresses as long after the report was dealt with;
 * - unconfirmed submissions go once their link has expired.
 * Safe to run again.
 */
export async function runRetentionJob(
  app: Pick<AppContext, 'db'>,
  now = new Date(),
): Promise<RetentionJobResult> {
  const total: RetentionJobResult = {
    keyPersons: 0,
    submissionsDeleted: 0,
    submissionsAnonymised: 0,
    reportsAnonymised: 0,
  };
  const sdb = smDb(app.db);
  const municipalities = new Set(await municipalitiesWithAssets(sdb));
  for (const id of await municipalitiesWithSubmissions(sdb)) municipalities.add(id);
  for (const municipalityId of municipalities) {
    const settings = await findSettings(sdb, municipalityId);
    const keyPersons = await keyPersonsVerifiedBefore(
      sdb,
      municipalityId,
      addMonths(now, -settings.keyPersonRetentionMonths),
    );
    const personCutoff = addMonths(now, -settings.submitterRetentionMonths);
    const ctx = { db: app.db, actor: systemActor(municipalityId, 'retention job'), meta: {} };
    const counts = await runWrite(ctx, async (wtx, audit) => {
      const tx = smTx(wtx);
      for (const k of keyPersons) await scrubKeyPerson(tx, k, now);
      const c = {
        keyPersons: keyPersons.length,
        submissionsDeleted: await deleteExpiredUnconfirmed(tx, municipalityId, now),
        submissionsAnonymised: await anonymiseDecidedBefore(tx, municipalityId, personCutoff),
        reportsAnonymised: await clearReporterEmailsResolvedBefore(tx, municipalityId, personCutoff),
      };
      audit({ action: 'social_map.retention.run', resourceType: 'personal_data', changes: c });
      return c;
    });
    total.keyPersons += counts.keyPersons;
    total.submissionsDeleted += counts.submissionsDeleted;
    total.submissionsAnonymised += counts.submissionsAnonymised;
    total.reportsAnonymised += counts.reportsAnonymised;
  }
  return total;
}
