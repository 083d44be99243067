import { Form, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import {
  deleteRoutingRule,
  getRoutingRule,
  updateRoutingRule,
} from '../../../../modules/initiatives/config/write-routing-rule.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/routing-rule.ts';
import { type ConfigFailure, configContext, configFailure, ruleChoices, savedFlag } from './config.server.ts';
import { ConfigBreadcrumb } from './config-ui.tsx';
import { RuleForm, ruleFieldLabels, ruleFormValues } from './rule-form.tsx';

// Edit one routing rule, or delete it.

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  try {
    const ctx = serviceContext(rc);
    const [rule, choices] = await Promise.all([getRoutingRule(ctx, params.id), ruleChoices(rc)]);
    return {
      title: translate(rc.locale, 'initiatives.config.routing.ruleN', { n: rule.position }),
      rule,
      choices,
      saved: savedFlag(request) !== null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = configContext(context, request);
  const form = await request.formData();
  const ctx = serviceContext(rc);
  const version = formString(form, 'version');
  if (formString(form, 'intent') === 'delete') {
    try {
      await deleteRoutingRule(ctx, params.id, Number(version) || undefined);
    } catch (error) {
      return configFailure(error, rc, { form: 'delete' });
    }
    return redirect(`${initiativesPaths.routingRules()}?saved=deleted`);
  }
  const values = ruleFormValues(form);
  try {
    await updateRoutingRule(ctx, params.id, { ...values, active: values.active === 'true', version });
  } catch (error) {
    return configFailure(error, rc, { values, form: 'update' });
  }
  return redirect(`${initiativesPaths.routingRule(params.id)}?saved=1`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function RoutingRulePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const { rule } = loaderData;
  const failure = actionData as ConfigFailure | undefined;
  const values = failure?.values ?? {
    kindId: rule.kindId ?? '',
    categoryId: rule.categoryId ?? '',
    areaCode: rule.areaCode ?? '',
    targetOrganisationId: rule.targetOrganisationId,
    targetPersonId: rule.targetPersonId ?? '',
    note: rule.note,
    active: String(rule.active),
  };
  return (
    <>
      <ConfigBreadcrumb current={loaderData.title} section="routing" />
      <h1 className="utrecht-heading-1">{loaderData.title}</h1>
      {loaderData.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('initiatives.config.saved')}</p>
        </Alert>
      ) : null}
      <ErrorSummary message={failure?.message} errors={failure?.fieldErrors} labels={ruleFieldLabels(t)} />
      <RuleForm
        values={values}
        errors={failure?.fieldErrors ?? {}}
        choices={loaderData.choices}
        intent="update"
        version={rule.version}
        submitLabel={t('common.save')}
      />
      <section aria-labelledby="delete-rule">
        <h2 id="delete-rule" className="utrecht-heading-2">
          {t('initiatives.config.routing.delete')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.config.routing.delete.intro')}</p>
        <Form method="post" className="wijkwerk-inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="version" value={rule.version} />
          <SubmitButton variant="secondary">{t('initiatives.config.routing.delete')}</SubmitButton>
        </Form>
      </section>
    </>
  );
}
