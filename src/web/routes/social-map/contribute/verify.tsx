import { data, Link } from 'react-router';
import { DomainError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { readToken } from '../../../../modules/social-map/signed-token.ts';
import { verifyAssetByToken } from '../../../../modules/social-map/verify-asset.ts';
import { Alert } from '../../../components/alert.tsx';
import { useShell } from '../../../components/shell.ts';
import {
  ConfirmButtonForm,
  ContributePage,
  InvalidLink,
} from '../../../components/social-map/contribute-page.tsx';
import type { Route } from './+types/verify.ts';
import { invalidLink } from './contribute.server.ts';

// "Still correct" from the freshness reminder: one click by the owner keeps the item fresh. The
// link itself shows a button (mail scanners open links); the click verifies. Something changed?
// The edit link is right beside it.

export function loader({ context, params }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  // Only read, not used: a link that can no longer work says so before the click.
  const payload = readToken(rc.app.secret, params.token, 'verify', rc.municipality.id);
  const title = translate(rc.locale, 'sm.contribute.verify.title');
  if (!payload) return data({ title, assetId: null }, { status: 410 });
  return { title, assetId: payload.s };
}

export async function action({ context, params }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  try {
    const result = await verifyAssetByToken(rc.app, serviceContext(rc), params.token);
    return { verified: true as const, ...result };
  } catch (error) {
    if (error instanceof DomainError && error.key === 'socialMap.error.invalidLink')
      return invalidLink(rc.locale);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function VerifyAsset({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  if ((actionData && 'invalidLink' in actionData) || !loaderData.assetId) {
    return (
      <ContributePage title={loaderData.title}>
        <InvalidLink message={t('socialMap.error.invalidLink')} />
      </ContributePage>
    );
  }
  if (actionData && 'verified' in actionData) {
    return (
      <ContributePage title={loaderData.title}>
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('sm.contribute.verify.done', { title: actionData.title })}</p>
        </Alert>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to={`/sociale-kaart/${actionData.assetId}`}>
              {t('sm.contribute.verify.toItem')}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={`/sociale-kaart/${actionData.assetId}/bewerken`}
            >
              {t('sm.contribute.verify.edit')}
            </Link>
          </li>
        </ul>
      </ContributePage>
    );
  }
  return (
    <ContributePage title={loaderData.title}>
      <p className="utrecht-paragraph">{t('sm.contribute.verify.intro')}</p>
      <ConfirmButtonForm label={t('sm.contribute.verify.button')} />
      <h2 className="utrecht-heading-2">{t('sm.contribute.verify.changed')}</h2>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={`/sociale-kaart/${loaderData.assetId}/bewerken`}
        >
          {t('sm.contribute.verify.edit')}
        </Link>
      </p>
    </ContributePage>
  );
}
