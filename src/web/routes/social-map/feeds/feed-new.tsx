import { redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import '../../../../modules/social-map/feeds/i18n.ts';
import { registerFeed } from '../../../../modules/social-map/feeds/register-feed.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { type FormFailure, formFailure } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/feed-new.ts';
import { FeedForm, feedFieldLabels } from './feed-ui.tsx';
import { feedFormChoices, feedFormValues, feedInputOf, flatValues } from './feeds.server.ts';

// Register a calendar feed: for oneself, or for an organisation one belongs to.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  return { title: translate(rc.locale, 'sm.feeds.new'), choices: await feedFormChoices(rc) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const values = feedFormValues(await request.formData());
  try {
    const feed = await registerFeed(serviceContext(rc), {
      ...feedInputOf(values),
      organisationId: values.organisationId || null,
    });
    return redirect(`/sociale-kaart/agenda-koppelingen/${feed.id}?opgeslagen=nieuw`);
  } catch (error) {
    return formFailure(error, rc.locale, flatValues(values));
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function NewFeed({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as FormFailure | undefined;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/sociale-kaart', label: t('socialMap.title') },
          { href: '/sociale-kaart/agenda-koppelingen', label: t('sm.feeds.title') },
        ]}
        current={loaderData.title}
      />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <p className="utrecht-paragraph">{t('sm.feeds.intro')}</p>
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={feedFieldLabels(t)} />
      <FeedForm
        choices={loaderData.choices}
        values={null}
        failure={failure}
        withOwner
        submitLabel={t('sm.feeds.new')}
      />
    </>
  );
}
