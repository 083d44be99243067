import '../policy.ts';
import { findSettings, type Queryable } from './config.repository.ts';
import type { InitiativeSettings } from './config.ts';

export { initiativeSettingsDefaults } from './config.ts';
export type { InitiativeSettings };

/**
 * The municipality's settings for initiatives and signals (deadline calendar, escalation,
 * reopening, retention, public map). When nobody has saved settings yet, the defaults apply
 * (version 0). Reading needs no permission: jobs, intake and public pages all depend on it.
 */
export async function getInitiativeSettings(
  db: Queryable,
  municipalityId: string,
): Promise<InitiativeSettings> {
  return findSettings(db, municipalityId);
}
