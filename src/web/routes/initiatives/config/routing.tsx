import { Form, Link, redirect } from 'react-router';
import { ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import type { RoutingRuleView } from '../../../../modules/initiatives/config/config.ts';
import { listRoutingRules, testRoute } from '../../../../modules/initiatives/config/list-routing-rules.ts';
import {
  createRoutingRule,
  moveRoutingRule,
} from '../../../../modules/initiatives/config/write-routing-rule.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton } from '../../../components/form-field.tsx';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/routing.ts';
import { type ConfigFailure, configContext, configFailure, ruleChoices, savedFlag } from './config.server.ts';
import { ConfigBreadcrumb, ConfigNav } from './config-ui.tsx';
import { RuleForm, ruleFieldLabels, ruleFormValues } from './rule-form.tsx';

// The routing rules in the order they are tried, with a move up/down button per rule (each a
// tiny form), a form for a new rule, and "where would this go?" (a GET form: nothing is saved).

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  const url = new URL(request.url);
  const ctx = serviceContext(rc);
  try {
    const [rules, choices] = await Promise.all([listRoutingRules(ctx), ruleChoices(rc)]);
    const testCategory = url.searchParams.get('categorie') ?? '';
    const testArea = url.searchParams.get('gebied') ?? '';
    let test: { text: string } | { errors: Record<string, string> } | null = null;
    if (testCategory || testArea) {
      try {
        const r = await testRoute(ctx, { categoryId: testCategory, areaCode: testArea });
        const target = r.person ? `${r.organisation.name} (${r.person.name})` : r.organisation.name;
        test = {
          text: r.rule
            ? translate(rc.locale, 'initiatives.config.routing.test.byRule', {
                category: r.category.name,
                area: r.area.name,
                target,
                n: r.rule.position,
              })
            : translate(rc.locale, 'initiatives.config.routing.test.byCategory', {
                category: r.category.name,
                area: r.area.name,
                target,
              }),
        };
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const names: Record<string, string> = { categoryId: 'categorie', areaCode: 'gebied' };
        test = {
          errors: Object.fromEntries(
            error.fieldErrors.map((f) => [
              names[f.field] ?? f.field,
              translate(rc.locale, f.key, f.params ?? {}),
            ]),
          ),
        };
      }
    }
    return {
      title: translate(rc.locale, 'initiatives.config.routing.title'),
      rules,
      choices,
      testCategory,
      testArea,
      test,
      saved: savedFlag(request),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = configContext(context, request);
  const form = await request.formData();
  const intent = formString(form, 'intent');
  const ctx = serviceContext(rc);
  if (intent === 'move') {
    try {
      await moveRoutingRule(ctx, formString(form, 'ruleId'), {
        direction: formString(form, 'direction') === 'up' ? 'up' : 'down',
        version: formString(form, 'version'),
      });
    } catch (error) {
      return configFailure(error, rc, { form: 'move' });
    }
    return redirect(`${initiativesPaths.routingRules()}?saved=moved#regels`);
  }
  const values = ruleFormValues(form);
  try {
    await createRoutingRule(ctx, {
      ...values,
      targetOrganisationId: values.targetOrganisationId ?? '',
      active: values.active === 'true',
    });
  } catch (error) {
    return configFailure(error, rc, { values, form: 'create' });
  }
  return redirect(`${initiativesPaths.routingRules()}?saved=created`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function Conditions({ rule }: { rule: RoutingRuleView }) {
  const { t } = useShell();
  return (
    <ul className="utrecht-unordered-list">
      <li className="utrecht-unordered-list__item">
        {t('initiatives.config.routing.kind')}: {rule.kindName ?? t('initiatives.config.routing.anyKind')}
      </li>
      <li className="utrecht-unordered-list__item">
        {t('initiatives.config.routing.category')}:{' '}
        {rule.categoryName ?? t('initiatives.config.routing.anyCategory')}
      </li>
      <li className="utrecht-unordered-list__item">
        {t('initiatives.config.routing.area')}: {rule.areaName ?? t('initiatives.config.routing.anyArea')}
      </li>
    </ul>
  );
}

function MoveButton({ rule, direction }: { rule: RoutingRuleView; direction: 'up' | 'down' }) {
  const { t } = useShell();
  const up = direction === 'up';
  return (
    <Form method="post" className="wijkwerk-inline-form">
      <CsrfField />
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="ruleId" value={rule.id} />
      <input type="hidden" name="version" value={rule.version} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {t(up ? 'initiatives.config.routing.moveUp' : 'initiatives.config.routing.moveDown')}
        <span className="wijkwerk-visually-hidden">
          {' '}
          {t('initiatives.config.routing.ruleN', { n: rule.position })}
        </span>
      </button>
    </Form>
  );
}

export default function RoutingPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as ConfigFailure | undefined;
  const createFailure = failure?.form === 'create' ? failure : undefined;
  const last = d.rules.length - 1;
  const test = d.test;
  const savedText =
    d.saved === 'moved'
      ? t('initiatives.config.routing.moved')
      : d.saved === 'deleted'
        ? t('initiatives.config.routing.deleted')
        : d.saved
          ? t('initiatives.config.saved')
          : null;
  return (
    <>
      <ConfigBreadcrumb current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <ConfigNav />
      {savedText ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{savedText}</p>
        </Alert>
      ) : null}
      {failure?.form === 'move' ? (
        <Alert type="error" live>
          <p className="utrecht-paragraph">{failure.message}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">{t('initiatives.config.routing.intro')}</p>
      <div id="regels">
        <DataTable
          caption={t('initiatives.config.routing.caption')}
          rows={d.rules}
          rowKey={(r) => r.id}
          empty={t('initiatives.config.routing.none')}
          columns={[
            { header: t('initiatives.config.routing.number'), cell: (r) => r.position, numeric: true },
            { header: t('initiatives.config.routing.conditions'), cell: (r) => <Conditions rule={r} /> },
            {
              header: t('initiatives.config.routing.target'),
              cell: (r) =>
                r.targetPersonName
                  ? `${r.targetOrganisationName} (${r.targetPersonName})`
                  : r.targetOrganisationName,
            },
            { header: t('initiatives.config.routing.note'), cell: (r) => r.note },
            {
              header: t('initiatives.config.active'),
              cell: (r) => t(r.active ? 'initiatives.config.active' : 'initiatives.config.inactive'),
            },
            {
              header: t('initiatives.config.routing.actions'),
              cell: (r) => {
                const i = d.rules.indexOf(r);
                return (
                  <div className="utrecht-button-group">
                    {i > 0 ? <MoveButton rule={r} direction="up" /> : null}
                    {i < last ? <MoveButton rule={r} direction="down" /> : null}
                    <Link
                      className="utrecht-link utrecht-link--html-a"
                      to={initiativesPaths.routingRule(r.id)}
                    >
                      {t('initiatives.config.edit')}
                      <span className="wijkwerk-visually-hidden">
                        {' '}
                        {t('initiatives.config.routing.ruleN', { n: r.position })}
                      </span>
                    </Link>
                  </div>
                );
              },
            },
          ]}
        />
      </div>

      <section aria-labelledby="route-test">
        <h2 id="route-test" className="utrecht-heading-2">
          {t('initiatives.config.routing.test.title')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.config.routing.test.intro')}</p>
        {test && 'text' in test ? (
          <Alert type="info" live>
            <p className="utrecht-paragraph">{test.text}</p>
          </Alert>
        ) : null}
        <Form method="get" className="wijkwerk-form">
          <SelectField
            name="categorie"
            label={t('initiatives.config.routing.category')}
            options={d.choices.categories}
            emptyLabel={t('initiatives.config.routing.chooseCategory')}
            defaultValue={d.testCategory}
            error={test && 'errors' in test ? test.errors.categorie : undefined}
          />
          <SelectField
            name="gebied"
            label={t('initiatives.config.routing.test.area')}
            options={d.choices.areas}
            emptyLabel={t('initiatives.config.routing.chooseArea')}
            defaultValue={d.testArea}
            error={test && 'errors' in test ? test.errors.gebied : undefined}
          />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton variant="secondary">{t('initiatives.config.routing.test.submit')}</SubmitButton>
          </div>
        </Form>
      </section>

      <section aria-labelledby="new-rule">
        <h2 id="new-rule" className="utrecht-heading-2">
          {t('initiatives.config.routing.new')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.config.routing.new.intro')}</p>
        <ErrorSummary
          message={createFailure?.message}
          errors={createFailure?.fieldErrors}
          labels={ruleFieldLabels(t)}
        />
        <RuleForm
          values={createFailure?.values ?? { active: 'true' }}
          errors={createFailure?.fieldErrors ?? {}}
          choices={d.choices}
          intent="create"
          submitLabel={t('initiatives.config.routing.add')}
        />
      </section>
    </>
  );
}
