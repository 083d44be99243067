import { data, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { getKind } from '../../../../modules/initiatives/config/list-categories.ts';
import { updateKind } from '../../../../modules/initiatives/config/write-kind.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/kind.ts';
import { type ConfigFailure, configContext, configFailure, savedFlag } from './config.server.ts';
import { ConfigBreadcrumb } from './config-ui.tsx';
import { KindForm, type KindFormValues, kindFieldLabels, kindFormValues } from './kind-form.tsx';

// Edit a kind (its code stays).

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  const kind = await getKind(rc.app.db, rc.actor.municipalityId, params.id);
  if (!kind) throw data(null, { status: 404 });
  return { title: kind.name, kind, saved: savedFlag(request) !== null };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = configContext(context, request);
  const values = kindFormValues(await request.formData());
  try {
    const { code: _code, ...rest } = values;
    await updateKind(serviceContext(rc), params.id, rest);
  } catch (error) {
    return configFailure(error, rc, {
      values: { ...values, budgetRequest: String(values.budgetRequest), active: String(values.active) },
    });
  }
  return redirect(`${initiativesPaths.kind(params.id)}?saved=1`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function KindPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { kind } = loaderData;
  const failure = actionData as ConfigFailure | undefined;
  const fv = failure?.values;
  const values: KindFormValues = fv
    ? {
        code: kind.code,
        name: fv.name ?? '',
        nameEn: fv.nameEn ?? '',
        description: fv.description ?? '',
        descriptionEn: fv.descriptionEn ?? '',
        position: fv.position ?? '',
        budgetRequest: fv.budgetRequest === 'true',
        active: fv.active === 'true',
      }
    : {
        code: kind.code,
        name: kind.name,
        nameEn: kind.nameEn ?? '',
        description: kind.description,
        descriptionEn: kind.descriptionEn ?? '',
        position: String(kind.position),
        budgetRequest: kind.budgetRequest,
        active: kind.active,
      };
  return (
    <>
      <ConfigBreadcrumb current={kind.name} section="kinds" />
      <h1 className="utrecht-heading-1">{t('initiatives.config.editNamed', { name: kind.name })}</h1>
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('initiatives.config.saved')}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">
        {t('initiatives.config.code')}: <code className="wijkwerk-code">{kind.code}</code>
      </p>
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={kindFieldLabels(t)} />
      <KindForm
        values={values}
        errors={failure?.fieldErrors ?? {}}
        withCode={false}
        submitLabel={t('common.save')}
      />
    </>
  );
}
