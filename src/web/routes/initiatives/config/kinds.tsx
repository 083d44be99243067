import { Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listKinds } from '../../../../modules/initiatives/config/list-categories.ts';
import { createKind } from '../../../../modules/initiatives/config/write-kind.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/kinds.ts';
import { type ConfigFailure, configContext, configFailure, savedFlag } from './config.server.ts';
import { ConfigBreadcrumb, ConfigNav, yesNo } from './config-ui.tsx';
import { KindForm, type KindFormValues, kindFieldLabels, kindFormValues } from './kind-form.tsx';

// The kinds in order, and a form to add one.

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  const kinds = await listKinds(rc.app.db, rc.actor.municipalityId, { activeOnly: false });
  const saved = savedFlag(request);
  const added = saved ? kinds.find((k) => k.id === saved) : undefined;
  return {
    title: translate(rc.locale, 'initiatives.config.kinds.title'),
    kinds,
    nextPosition: String(Math.max(0, ...kinds.map((k) => k.position)) + 1),
    saved: added ? translate(rc.locale, 'initiatives.config.created', { name: added.name }) : null,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = configContext(context, request);
  const values = kindFormValues(await request.formData());
  try {
    const kind = await createKind(serviceContext(rc), values);
    return redirect(`${initiativesPaths.kinds()}?saved=${kind.id}`);
  } catch (error) {
    return configFailure(error, rc, {
      values: { ...values, budgetRequest: String(values.budgetRequest), active: String(values.active) },
    });
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function KindsPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = actionData as ConfigFailure | undefined;
  const fv = failure?.values;
  const values: KindFormValues = fv
    ? {
        code: fv.code ?? '',
        name: fv.name ?? '',
        nameEn: fv.nameEn ?? '',
        description: fv.description ?? '',
        descriptionEn: fv.descriptionEn ?? '',
        position: fv.position ?? '',
        budgetRequest: fv.budgetRequest === 'true',
        active: fv.active === 'true',
      }
    : {
        code: '',
        name: '',
        nameEn: '',
        description: '',
        descriptionEn: '',
        position: loaderData.nextPosition,
        budgetRequest: false,
        active: true,
      };
  return (
    <>
      <ConfigBreadcrumb current={loaderData.title} />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      <ConfigNav />
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{loaderData.saved}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('initiatives.config.kinds.intro')}</p>
      <DataTable
        caption={t('initiatives.config.kinds.caption')}
        rows={loaderData.kinds}
        rowKey={(k) => k.id}
        empty={t('initiatives.config.kinds.none')}
        columns={[
          { header: t('initiatives.config.position'), cell: (k) => k.position, numeric: true },
          {
            header: t('initiatives.config.name'),
            cell: (k) => (
              <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.kind(k.id)}>
                {k.name}
              </Link>
            ),
          },
          {
            header: t('initiatives.config.code'),
            cell: (k) => <code className="wijkwerk-code">{k.code}</code>,
          },
          { header: t('initiatives.config.kinds.budgetRequest'), cell: (k) => yesNo(t, k.budgetRequest) },
          {
            header: t('initiatives.config.active'),
            cell: (k) => t(k.active ? 'initiatives.config.active' : 'initiatives.config.inactive'),
          },
        ]}
      />
      <section aria-labelledby="new-kind">
        <h2 id="new-kind" className="utrecht-heading-2">
          {t('initiatives.config.kinds.new')}
        </h2>
        <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={kindFieldLabels(t)} />
        <KindForm
          values={values}
          errors={failure?.fieldErrors ?? {}}
          withCode
          submitLabel={t('initiatives.config.kinds.add')}
        />
      </section>
    </>
  );
}
