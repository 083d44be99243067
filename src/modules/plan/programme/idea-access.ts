import type { AppContext } from '../../../core/app-context.ts';
import type { Db } from '../../../core/db/database.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { type Locale, translate } from '../../../core/i18n/i18n.ts';
import type { Actor } from '../../../core/permissions/actor.ts';
import { can } from '../../../core/permissions/can.ts';
import { isAssessor } from './framework.ts';
import './programme-i18n.ts';
import { findIdeaRow, type IdeaRowWithArea } from './programme.repository.ts';
import { programmeDb } from './programme.tables.ts';
import type { ProjectIdeaResource } from './programme-policy.ts';

// Shared steps of the idea services: load an idea the actor may see (or 404), describe it to the
// policy, and mail the submitter.

/** What the services need of the application besides the database: mail, links, signing. */
export type ProgrammeApp = Pick<AppContext, 'mailer' | 'publicUrl' | 'secret'>;

export function ideaResource(row: IdeaRowWithArea, assessor: boolean): ProjectIdeaResource {
  return {
    type: 'project_idea',
    municipalityId: row.municipality_id,
    areaPath: row.area_path,
    submitterPersonId: row.submitter_person_id,
    assessor,
  };
}

/** A confirmed idea the actor may read, with whether they are an assessor; else NotFoundError. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function requireIdea(db: Db, actor: Actor, id: string) {
  if (!uuidPattern.test(id)) throw new NotFoundError('project_idea');
  const row = await findIdeaRow(programmeDb(db), actor.municipalityId, id);
  if (!row || row.status === 'unconfirmed') throw new NotFoundError('project_idea');
  const assessor = await isAssessor(db, actor.municipalityId, actor.personId);
  const resource = ideaResource(row, assessor);
  if (!can(actor, 'read', resource)) throw new NotFoundError('project_idea');
  return { row, assessor, resource };
}

export async function mailSubmitter(
  app: ProgrammeApp,
  db: Db,
  m: {
    municipalityId: string;
    to: string;
    locale: Locale;
    subject: string;
    body: string;
    params: Record<string, string | number>;
  },
): Promise<void> {
  await app.mailer.send(db, {
    municipalityId: m.municipalityId,
    to: m.to,
    subject: translate(m.locale, m.subject, m.params),
    text: translate(m.locale, m.body, m.params),
    purpose: 'programme-project-idea',
  });
}
