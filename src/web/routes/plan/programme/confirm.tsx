import { Form, Link } from 'react-router';
import { DomainError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { confirmIdea } from '../../../../modules/plan/programme/confirm-idea.ts';
import '../../../../modules/plan/programme/programme-i18n.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/confirm.ts';
import { invalidLinkPage } from './programme.server.ts';

// The link in the confirmation mail. Opening it only shows a button (mail scanners open links);
// the click sends the idea to the programme office and leads to its status page.

export function loader({ context }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  return { title: translate(rc.locale, 'plan.programme.confirm.title') };
}

export async function action({ context, params }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  try {
    const result = await confirmIdea(rc.app, serviceContext(rc), params.token);
    return { confirmed: true as const, ...result };
  } catch (error) {
    if (error instanceof DomainError && error.key === 'plan.programme.error.invalidLink')
      return invalidLinkPage(rc.locale);
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }, { name: 'robots', content: 'noindex' }];
}

export default function ConfirmIdea({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  let body: React.ReactNode;
  if (actionData && 'invalidLink' in actionData) {
    body = (
      <>
        <Alert type="warning">
          <p className="utrecht-paragraph">{actionData.message}</p>
        </Alert>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to="/projecten/indienen">
            {t('plan.programme.confirm.again')}
          </Link>
        </p>
      </>
    );
  } else if (actionData && 'confirmed' in actionData) {
    body = (
      <>
        <Alert type="ok" live>
          <p className="utrecht-paragraph">
            {t(
              actionData.alreadyConfirmed ? 'plan.programme.confirm.already' : 'plan.programme.confirm.done',
            )}
          </p>
        </Alert>
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-link utrecht-link--html-a"
            to={`/projecten/volgen/${actionData.followToken}`}
          >
            {t('plan.programme.confirm.follow')}
          </Link>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p className="utrecht-paragraph">{t('plan.programme.confirm.intro')}</p>
        <Form method="post" className="wijkwerk-form">
          <CsrfField />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton>{t('plan.programme.confirm.button')}</SubmitButton>
          </div>
        </Form>
      </>
    );
  }
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      {body}
    </>
  );
}
