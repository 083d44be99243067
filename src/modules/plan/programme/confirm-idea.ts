import { runWrite, type ServiceContext } from '../../../core/audit/write.ts';
import { DomainError } from '../../../core/errors.ts';
import { mailSubmitter, type ProgrammeApp } from './idea-access.ts';
import { findIdeaRow, moveIdea } from './programme.repository.ts';
import { programmeDb, programmeTx } from './programme.tables.ts';
import { absolute, ideaTokens, programmePaths, readIdeaToken } from './programme-links.ts';

export const invalidIdeaLink = () => new DomainError('plan.programme.error.invalidLink');

/**
 * The submitter follows the e-mailed link (a button on the page: mail scanners open links). The
 * idea goes to the programme office, and the link to its status page is mailed and returned.
 * Following it again changes nothing.
 */
export async function confirmIdea(
  app: ProgrammeApp,
  ctx: ServiceContext,
  token: string,
): Promise<{ followToken: string; alreadyConfirmed: boolean }> {
  const municipalityId = ctx.actor.municipalityId;
  const id = readIdeaToken(app.secret, token, 'idea-confirm', municipalityId);
  if (!id) throw invalidIdeaLink();
  const row = await findIdeaRow(programmeDb(ctx.db), municipalityId, id);
  if (!row) throw invalidIdeaLink();
  const followToken = ideaTokens(app.secret, municipalityId, id).follow;
  if (row.status !== 'unconfirmed') return { followToken, alreadyConfirmed: true };
  const moved = await runWrite(ctx, async (wtx, audit) => {
    const ok = await moveIdea(programmeTx(wtx), municipalityId, id, ['unconfirmed'], 'submitted', {
      confirmedAt: new Date(),
    });
    audit({
      action: 'programme.idea.confirm',
      resourceType: 'project_idea',
      resourceId: id,
      changes: { confirmed: ok },
    });
    return ok;
  });
  if (moved && row.submitter_email) {
    await mailSubmitter(app, ctx.db, {
      municipalityId,
      to: row.submitter_email,
      locale: row.locale,
      subject: 'plan.programme.mail.received.subject',
      body: 'plan.programme.mail.received.body',
      params: { title: row.title, link: absolute(app.publicUrl, programmePaths.follow(followToken)) },
    });
  }
  return { followToken, alreadyConfirmed: !moved };
}
