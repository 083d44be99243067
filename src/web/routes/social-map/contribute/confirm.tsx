import { Link } from 'react-router';
import { DomainError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { confirmSubmission } from '../../../../modules/social-map/confirm-submission.ts';
import { Alert } from '../../../components/alert.tsx';
import { useShell } from '../../../components/shell.ts';
import {
  ConfirmButtonForm,
  ContributePage,
  InvalidLink,
} from '../../../components/social-map/contribute-page.tsx';
import type { Route } from './+types/confirm.ts';
import { invalidLink } from './contribute.server.ts';

// The link in the confirmation mail. Opening it only shows a button: mail scanners open links,
// and only the resident's click may put the submission in motion. The answer says whether the
// item is on the map now (open policy) or waits for the editors.

export function loader({ context }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  return { title: translate(rc.locale, 'sm.contribute.confirm.title') };
}

export async function action({ context, params }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  try {
    const result = await confirmSubmission(serviceContext(rc), params.token);
    return { confirmed: true as const, ...result };
  } catch (error) {
    if (error instanceof DomainError && error.key === 'socialMap.error.invalidLink')
      return invalidLink(rc.locale);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function ConfirmSubmission({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  if (actionData && 'invalidLink' in actionData) {
    return (
      <ContributePage title={loaderData.title}>
        <InvalidLink
          message={actionData.message}
          again={{ href: '/sociale-kaart/aanmelden', label: t('sm.contribute.confirm.submitAgain') }}
        />
      </ContributePage>
    );
  }
  if (actionData && 'confirmed' in actionData) {
    const published = actionData.outcome === 'to_check' && !actionData.alreadyConfirmed;
    return (
      <ContributePage title={loaderData.title}>
        <Alert type="ok" live>
          <p className="utrecht-paragraph">
            {actionData.alreadyConfirmed
              ? t('sm.contribute.confirm.already')
              : published
                ? t('sm.contribute.confirm.published')
                : t('sm.contribute.confirm.pending')}
          </p>
        </Alert>
        {published ? (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${actionData.assetId}`}>
              {t('sm.contribute.confirm.toItem')}
            </Link>
          </p>
        ) : (
          <p className="utrecht-paragraph">{t('sm.contribute.confirm.pendingNext')}</p>
        )}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/sociale-kaart">
            {t('sm.contribute.backToMap')}
          </Link>
        </p>
      </ContributePage>
    );
  }
  return (
    <ContributePage title={loaderData.title}>
      <p className="utrecht-paragraph">{t('sm.contribute.confirm.intro')}</p>
      <ConfirmButtonForm label={t('sm.contribute.confirm.button')} />
    </ContributePage>
  );
}
