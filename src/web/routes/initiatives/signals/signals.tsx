import { Form, Link, redirect, useActionData } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { isInitiativesOffice } from '../../../../modules/initiatives/policy.ts';
import '../../../../modules/initiatives/i18n.ts';
import { createSignal } from '../../../../modules/initiatives/signals/create-signal.ts';
import { listSignals } from '../../../../modules/initiatives/signals/list-signals.ts';
import { signalAreaChoices } from '../../../../modules/initiatives/signals/signal-areas.ts';
import { signalStatuses } from '../../../../modules/initiatives/signals/signals.ts';
import '../../../../modules/initiatives/signals/signals-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { ListPaging } from '../../../components/pagination.tsx';
import {
  type FormFailure,
  formFailure,
  formString,
  throwAsRouteError,
} from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/signals.ts';
import { dateTimeDay } from './signals-format.ts';
import { areaOptions, SignalsNav } from './signals-nav.tsx';

// Wijksignalen: the list (newest first, by area and status) and a form to start a new one; the
// items are added on the signal's own page.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  const url = new URL(request.url);
  const areaCode = url.searchParams.get('gebied') ?? '';
  const status = url.searchParams.get('status') ?? '';
  const cursor = url.searchParams.get('cursor') ?? '';
  try {
    const [page, choices] = await Promise.all([
      listSignals(ctx, {
        areaCode: areaCode || undefined,
        status: signalStatuses.includes(status as never) ? status : undefined,
        cursor: cursor || undefined,
      }),
      signalAreaChoices(ctx),
    ]);
    const next = new URL(url);
    if (page.nextCursor) next.searchParams.set('cursor', page.nextCursor);
    const first = new URL(url);
    first.searchParams.delete('cursor');
    return {
      title: translate(rc.locale, 'initiatives.signals.list.title'),
      signals: page.signals,
      areas: areaOptions(choices),
      office: isInitiativesOffice(rc.actor),
      areaCode,
      status,
      nextHref: page.nextCursor ? `${next.pathname}${next.search}` : null,
      firstHref: cursor ? `${first.pathname}${first.search}` : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const form = await request.formData();
  const values = {
    areaCode: formString(form, 'areaCode'),
    title: formString(form, 'title'),
    explanation: formString(form, 'explanation'),
  };
  try {
    const s = await createSignal(serviceContext(rc), values);
    return redirect(`${initiativesPaths.signal(s.id)}?saved=created`);
  } catch (error) {
    return formFailure(error, rc.locale, values);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SignalsPage({ loaderData: d }: Route.ComponentProps) {
  const { t, locale } = useShell();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const v = failure?.values ?? {};
  const errors = failure?.fieldErrors ?? {};
  return (
    <>
      <Breadcrumb
        items={[{ href: initiativesPaths.start(), label: t('initiatives.title') }]}
        current={d.title}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <SignalsNav current="signals" />
      <p className="utrecht-paragraph">{t('initiatives.signals.list.intro')}</p>
      <Form method="get" className="wijkwerk-form wijkwerk-filter">
        <SelectField
          name="gebied"
          label={t('initiatives.signals.scope.area')}
          options={d.areas}
          emptyLabel={d.office ? t('initiatives.signals.scope.all') : t('initiatives.signals.scope.mine')}
          defaultValue={d.areaCode}
          id="filter-gebied"
        />
        <SelectField
          name="status"
          label={t('initiatives.signals.dashboard.status')}
          options={signalStatuses.map((s) => ({ value: s, label: t(`initiatives.signals.status.${s}`) }))}
          emptyLabel={t('initiatives.signals.list.allStatuses')}
          defaultValue={d.status}
          id="filter-status"
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton variant="secondary">{t('initiatives.signals.list.filter')}</SubmitButton>
        </div>
      </Form>
      <DataTable
        caption={t('initiatives.signals.list.caption')}
        rows={d.signals}
        rowKey={(s) => s.id}
        empty={t('initiatives.signals.list.empty')}
        columns={[
          {
            header: t('initiatives.signals.list.titleColumn'),
            cell: (s) => (
              <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.signal(s.id)}>
                {s.title}
              </Link>
            ),
          },
          { header: t('initiatives.signals.list.area'), cell: (s) => s.area.name },
          {
            header: t('initiatives.signals.dashboard.status'),
            cell: (s) => t(`initiatives.signals.status.${s.status}`),
          },
          { header: t('initiatives.signals.list.items'), cell: (s) => s.itemCount, numeric: true },
          { header: t('initiatives.signals.list.created'), cell: (s) => dateTimeDay(locale, s.createdAt) },
        ]}
      />
      <ListPaging firstHref={d.firstHref} nextHref={d.nextHref} />

      <section aria-labelledby="new-signal">
        <h2 className="utrecht-heading-2" id="new-signal">
          {t('initiatives.signals.new.heading')}
        </h2>
        <Form method="post" className="wijkwerk-form" noValidate>
          <CsrfField />
          <ErrorSummary errors={errors} message={failure?.message} />
          <SelectField
            name="areaCode"
            label={t('initiatives.signals.new.area')}
            options={d.areas}
            emptyLabel={t('initiatives.signals.detail.none')}
            defaultValue={v.areaCode ?? d.areaCode}
            error={errors.areaCode}
            required
          />
          <TextField
            name="title"
            label={t('initiatives.signals.new.title')}
            defaultValue={v.title}
            error={errors.title}
            required
          />
          <TextAreaField
            name="explanation"
            label={t('initiatives.signals.new.explanation')}
            description={t('initiatives.signals.new.explanationHelp')}
            defaultValue={v.explanation}
            error={errors.explanation}
          />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton>{t('initiatives.signals.new.submit')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
