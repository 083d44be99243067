import { Link, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { type Translate, translate, translator } from '../../../../core/i18n/i18n.ts';
import { ForbiddenError } from '../../../../core/permissions/can.ts';
import { deleteItem } from '../../../../modules/plan/delete-item.ts';
import { getItemView } from '../../../../modules/plan/get-plan.ts';
import '../../../../modules/plan/i18n.ts';
import {
  addIndicator,
  addIndicatorValue,
  changeIndicator,
} from '../../../../modules/plan/item-indicators.ts';
import { addSocialMapLink, removeItemLink } from '../../../../modules/plan/item-links.ts';
import { addMilestone, changeMilestone } from '../../../../modules/plan/item-milestones.ts';
import type { PlanItem } from '../../../../modules/plan/plan.ts';
import { ItemConflictError, updateItem } from '../../../../modules/plan/update-item.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../../components/form-field.tsx';
import { PlanConflict } from '../../../components/plan/plan-conflict.tsx';
import { throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/item-edit.ts';
import { itemFormOptions, itemValues, updateInput } from './item-form.server.ts';
import { ItemForm, itemFieldLabels } from './item-form.tsx';
import {
  type FormValues,
  formValues,
  type PlanFormFailure,
  planFormFailure,
  savedNotice,
} from './plans.server.ts';

// Editing an item (managers; co-authors their own parts), its milestones and its indicators. The
// item form carries the version it started from: when someone saved in between, nothing is
// overwritten, and the page shows the editor's version beside the saved one to choose from.

type Section = 'item' | 'milestone' | 'indicator' | 'link' | 'delete';
type Failure = PlanFormFailure & { section: Section };

function conflictRows(
  t: Translate,
  mine: FormValues,
  theirs: FormValues,
  options: { org: Map<string, string>; person: Map<string, string> },
) {
  const labels = itemFieldLabels(t);
  const shown = (name: string, v: string | undefined): string => {
    if (!v) return '';
    if (name === 'status') return t(`plan.status.${v}`);
    if (name === 'ownerOrganisationId') return options.org.get(v) ?? v;
    if (name === 'contactPersonId') return options.person.get(v) ?? v;
    return v;
  };
  const names = [
    'title',
    'description',
    'status',
    'progress',
    'weight',
    'startDate',
    'endDate',
    'ownerOrganisationId',
    'contactPersonId',
    'themes',
    'areaCodes',
  ];
  return names.map((name) => ({
    label: labels[name] ?? name,
    mine: shown(name, name === 'themes' ? normaliseList(mine[name]) : mine[name]),
    theirs: shown(name, name === 'themes' ? normaliseList(theirs[name]) : theirs[name]),
  }));
}

function normaliseList(v: string | undefined): string {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const { view, node, ancestors } = await getItemView(serviceContext(rc), params.id, params.itemId);
    if (!view.permissions.editableItemIds.includes(node.item.id))
      throw new ForbiddenError('update', 'plan_item');
    const item = node.item;
    return {
      title: translate(rc.locale, 'plan.item.edit.title', {
        level: translate(rc.locale, `plan.level.${item.level}`),
        title: item.title,
      }),
      plan: { id: view.plan.id, title: view.plan.title },
      ancestors: ancestors.map((a) => ({ id: a.id, title: a.title })),
      item: {
        id: item.id,
        title: item.title,
        hasChildren: node.children.length > 0,
        milestones: item.milestones,
        links: item.links.filter((l) => l.module === 'social_map'),
        indicators: item.indicators.map((i) => ({
          id: i.id,
          name: i.name,
          unit: i.unit,
          baseline: i.baseline,
          target: i.target,
          sourceKind: i.sourceKind,
          cbs: i.cbs ? `${i.cbs.key} (${i.cbs.area.name})` : null,
          latest: i.values.at(-1) ?? null,
        })),
      },
      mayDelete: view.permissions.manage || item.level === 'intervention',
      options: await itemFormOptions(rc, view, item),
      values: itemValues(item),
      planArea: view.plan.area.code,
      today: new Date().toISOString().slice(0, 10),
      saved: savedNotice(new URL(request.url), rc.locale),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  const form = await request.formData();
  const values = formValues(form, ['areaCodes']);
  const intent = values.intent ?? 'item';
  const here = `/wijkplannen/${params.id}/onderdelen/${params.itemId}/bewerken`;
  const section: Section = intent.startsWith('milestone')
    ? 'milestone'
    : intent.startsWith('indicator')
      ? 'indicator'
      : intent.startsWith('link')
        ? 'link'
        : intent === 'delete'
          ? 'delete'
          : 'item';
  try {
    switch (intent) {
      case 'delete':
        await deleteItem(ctx, params.id, params.itemId);
        return redirect(`/wijkplannen/${params.id}?saved=deleted`);
      case 'milestone-add':
        await addMilestone(ctx, params.id, params.itemId, {
          title: values.title ?? '',
          dueDate: values.dueDate,
        });
        return redirect(`${here}?saved=milestone`);
      case 'milestone-done':
      case 'milestone-reopen':
        await changeMilestone(ctx, params.id, params.itemId, values.milestoneId ?? '', {
          title: values.title ?? '',
          dueDate: values.dueDate,
          doneOn: intent === 'milestone-done' ? new Date().toISOString().slice(0, 10) : null,
        });
        return redirect(`${here}?saved=milestone`);
      case 'milestone-remove':
        await changeMilestone(ctx, params.id, params.itemId, values.milestoneId ?? '', null);
        return redirect(`${here}?saved=milestone`);
      case 'indicator-add':
        await addIndicator(ctx, params.id, params.itemId, {
          name: values.name ?? '',
          unit: values.unit,
          direction: (values.direction || 'increase') as 'increase' | 'decrease',
          baseline: values.baseline as unknown as number,
          baselineOn: values.baselineOn,
          target: values.target as unknown as number,
          targetOn: values.targetOn,
          sourceKind: (values.sourceKind || 'manual') as 'manual' | 'cbs',
          cbsKey: values.cbsKey,
          cbsAreaCode: values.cbsAreaCode,
        });
        return redirect(`${here}?saved=indicator`);
      case 'indicator-value':
        await addIndicatorValue(ctx, params.id, params.itemId, values.indicatorId ?? '', {
          measuredOn: values.measuredOn ?? '',
          value: values.value as unknown as number,
          source: values.source ?? '',
        });
        return redirect(`${here}?saved=indicator`);
      case 'link-add':
        await addSocialMapLink(ctx, params.id, params.itemId, values.reference ?? '');
        return redirect(`${here}?saved=item`);
      case 'link-remove':
        await removeItemLink(ctx, params.id, params.itemId, values.refId ?? '');
        return redirect(`${here}?saved=item`);
      case 'indicator-remove':
        await changeIndicator(ctx, params.id, params.itemId, values.indicatorId ?? '', null);
        return redirect(`${here}?saved=indicator`);
      default: {
        await updateItem(ctx, params.id, params.itemId, updateInput(values));
        return redirect(`${here}?saved=item`);
      }
    }
  } catch (error) {
    const t = translator(rc.locale);
    const result = planFormFailure(error, rc.locale, values, (e) => {
      if (!(e instanceof ItemConflictError)) return null;
      const theirs = itemValues(e.current);
      const current: PlanItem = e.current;
      const org = new Map(
        current.ownerOrganisation ? [[current.ownerOrganisation.id, current.ownerOrganisation.name]] : [],
      );
      const person = new Map(
        current.contactPerson ? [[current.contactPerson.id, current.contactPerson.name]] : [],
      );
      return { version: current.version, rows: conflictRows(t, values, theirs, { org, person }) };
    });
    result.data = { ...result.data, section } as Failure;
    return result;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function EditItem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const failure = actionData as Failure | undefined;
  const planHref = `/wijkplannen/${d.plan.id}`;
  const here = `${planHref}/onderdelen/${d.item.id}/bewerken`;
  const itemFailure = failure?.section === 'item' ? failure : undefined;
  const sectionFailure = (s: Section) => (failure?.section === s ? failure : undefined);
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/wijkplannen', label: t('plan.title') },
          { href: planHref, label: d.plan.title },
          ...d.ancestors.map((a) => ({ href: `${planHref}/onderdelen/${a.id}`, label: a.title })),
          { href: `${planHref}/onderdelen/${d.item.id}`, label: d.item.title },
        ]}
        current={t('plan.item.edit.submit')}
      />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.saved && !failure ? (
        <Alert type="ok" live>
          {d.saved}
        </Alert>
      ) : null}
      {itemFailure?.conflict ? (
        <PlanConflict rows={itemFailure.conflict} discardHref={here} />
      ) : (
        <ErrorSummary
          message={itemFailure?.message}
          errors={itemFailure?.fieldErrors}
          labels={itemFieldLabels(t)}
        />
      )}
      <ItemForm
        values={itemFailure?.values ?? d.values}
        errors={itemFailure?.fieldErrors ?? {}}
        options={d.options}
        submitLabel={itemFailure?.conflict ? t('plan.conflict.keepMine') : t('plan.item.edit.submit')}
      />

      <section aria-labelledby="milestones-heading">
        <h2 className="utrecht-heading-2" id="milestones-heading">
          {t('plan.milestones.title')}
        </h2>
        <ErrorSummary
          message={sectionFailure('milestone')?.message}
          errors={prefixed(sectionFailure('milestone')?.fieldErrors, 'ms-')}
          labels={{
            'ms-title': t('plan.milestones.field.title'),
            'ms-dueDate': t('plan.milestones.field.due'),
          }}
        />
        {d.item.milestones.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.milestones.none')}</p>
        ) : (
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('plan.milestones.col.title')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('plan.milestones.col.due')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('plan.milestones.col.done')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('plan.milestones.col.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {d.item.milestones.map((m) => (
                <tr key={m.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {m.title}
                  </th>
                  <td className="utrecht-table__cell">{m.dueDate ?? ''}</td>
                  <td className="utrecht-table__cell">{m.doneOn ?? ''}</td>
                  <td className="utrecht-table__cell">
                    <form method="post" className="plan-inline-form">
                      <CsrfField />
                      <input type="hidden" name="milestoneId" value={m.id} />
                      <input type="hidden" name="title" value={m.title} />
                      <input type="hidden" name="dueDate" value={m.dueDate ?? ''} />
                      <SubmitButton
                        variant="secondary"
                        name="intent"
                        value={m.doneOn ? 'milestone-reopen' : 'milestone-done'}
                      >
                        {m.doneOn
                          ? t('plan.milestones.reopen', { title: m.title })
                          : t('plan.milestones.markDone', { title: m.title })}
                      </SubmitButton>{' '}
                      <SubmitButton variant="subtle" name="intent" value="milestone-remove">
                        {t('plan.milestones.remove', { title: m.title })}
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3 className="utrecht-heading-3">{t('plan.milestones.add')}</h3>
        <form method="post" className="wijkwerk-form" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="milestone-add" />
          <TextField
            id="field-ms-title"
            name="title"
            label={t('plan.milestones.field.title')}
            error={sectionFailure('milestone')?.fieldErrors.title}
            required
          />
          <TextField
            id="field-ms-dueDate"
            name="dueDate"
            label={t('plan.milestones.field.due')}
            description={t('plan.field.dateHint')}
            error={sectionFailure('milestone')?.fieldErrors.dueDate}
          />
          <p className="utrecht-button-group">
            <SubmitButton variant="secondary">{t('plan.milestones.add')}</SubmitButton>
          </p>
        </form>
      </section>

      <section aria-labelledby="indicators-heading">
        <h2 className="utrecht-heading-2" id="indicators-heading">
          {t('plan.indicators.title')}
        </h2>
        <ErrorSummary
          message={sectionFailure('indicator')?.message}
          errors={prefixed(sectionFailure('indicator')?.fieldErrors, 'ind-')}
          labels={{
            'ind-name': t('plan.indicators.field.name'),
            'ind-cbsKey': t('plan.indicators.field.cbsKey'),
            'ind-cbsAreaCode': t('plan.indicators.field.cbsArea'),
            'ind-value': t('plan.indicators.field.value'),
            'ind-measuredOn': t('plan.indicators.field.measuredOn'),
            'ind-source': t('plan.indicators.field.valueSource'),
          }}
        />
        {d.item.indicators.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.indicators.none')}</p>
        ) : (
          d.item.indicators.map((i) => (
            <div key={i.id} className="plan-indicator-edit">
              <h3 className="utrecht-heading-3">{i.name}</h3>
              <dl className="plan-facts">
                <dt>{t('plan.indicators.col.baseline')}</dt>
                <dd>{i.baseline === null ? '–' : `${i.baseline} ${i.unit}`}</dd>
                <dt>{t('plan.indicators.col.target')}</dt>
                <dd>{i.target === null ? '–' : `${i.target} ${i.unit}`}</dd>
                <dt>{t('plan.indicators.col.latest')}</dt>
                <dd>
                  {i.latest
                    ? `${i.latest.value} ${i.unit} (${i.latest.measuredOn}, ${i.latest.source})`
                    : '–'}
                </dd>
                <dt>{t('plan.indicators.col.source')}</dt>
                <dd>{i.cbs ? `${t('plan.source.cbs')}: ${i.cbs}` : t('plan.source.manual')}</dd>
              </dl>
              {i.sourceKind === 'manual' ? (
                <form method="post" className="wijkwerk-form" noValidate>
                  <CsrfField />
                  <input type="hidden" name="intent" value="indicator-value" />
                  <input type="hidden" name="indicatorId" value={i.id} />
                  <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                    <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                      {t('plan.indicators.addValue', { name: i.name })}
                    </legend>
                    <TextField
                      id={`field-value-${i.id}`}
                      name="value"
                      label={t('plan.indicators.field.value')}
                      inputMode="decimal"
                      required
                    />
                    <TextField
                      id={`field-measuredOn-${i.id}`}
                      name="measuredOn"
                      label={t('plan.indicators.field.measuredOn')}
                      description={t('plan.field.dateHint')}
                      defaultValue={d.today}
                      required
                    />
                    <TextField
                      id={`field-source-${i.id}`}
                      name="source"
                      label={t('plan.indicators.field.valueSource')}
                      required
                    />
                    <p className="utrecht-button-group">
                      <SubmitButton variant="secondary">
                        {t('plan.indicators.addValue', { name: i.name })}
                      </SubmitButton>
                    </p>
                  </fieldset>
                </form>
              ) : null}
              <form method="post">
                <CsrfField />
                <input type="hidden" name="indicatorId" value={i.id} />
                <SubmitButton variant="subtle" name="intent" value="indicator-remove">
                  {t('plan.indicators.remove', { name: i.name })}
                </SubmitButton>
              </form>
            </div>
          ))
        )}
        <h3 className="utrecht-heading-3">{t('plan.indicators.add')}</h3>
        <form method="post" className="wijkwerk-form" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="indicator-add" />
          <TextField
            id="field-ind-name"
            name="name"
            label={t('plan.indicators.field.name')}
            required
            error={sectionFailure('indicator')?.fieldErrors.name}
          />
          <TextField id="field-ind-unit" name="unit" label={t('plan.indicators.field.unit')} />
          <SelectField
            name="direction"
            label={t('plan.indicators.field.direction')}
            options={[
              { value: 'increase', label: t('plan.direction.increase') },
              { value: 'decrease', label: t('plan.direction.decrease') },
            ]}
          />
          <TextField
            id="field-ind-baseline"
            name="baseline"
            label={t('plan.indicators.field.baseline')}
            inputMode="decimal"
            error={sectionFailure('indicator')?.fieldErrors.baseline}
          />
          <TextField
            id="field-ind-target"
            name="target"
            label={t('plan.indicators.field.target')}
            inputMode="decimal"
            error={sectionFailure('indicator')?.fieldErrors.target}
          />
          <TextField
            id="field-ind-targetOn"
            name="targetOn"
            label={t('plan.indicators.field.targetOn')}
            description={t('plan.field.dateHint')}
            error={sectionFailure('indicator')?.fieldErrors.targetOn}
          />
          <SelectField
            name="sourceKind"
            label={t('plan.indicators.field.source')}
            options={[
              { value: 'manual', label: t('plan.source.manual') },
              { value: 'cbs', label: t('plan.source.cbs') },
            ]}
          />
          <TextField
            id="field-ind-cbsKey"
            name="cbsKey"
            label={t('plan.indicators.field.cbsKey')}
            description={t('plan.indicators.field.cbsKeyHint')}
            error={sectionFailure('indicator')?.fieldErrors.cbsKey}
          />
          <TextField
            id="field-ind-cbsAreaCode"
            name="cbsAreaCode"
            label={t('plan.indicators.field.cbsArea')}
            defaultValue={d.planArea}
            error={sectionFailure('indicator')?.fieldErrors.cbsAreaCode}
          />
          <p className="utrecht-button-group">
            <SubmitButton variant="secondary">{t('plan.indicators.add')}</SubmitButton>
          </p>
        </form>
      </section>

      <section aria-labelledby="links-heading">
        <h2 className="utrecht-heading-2" id="links-heading">
          {t('plan.links.heading')}
        </h2>
        <ErrorSummary
          message={sectionFailure('link')?.message}
          errors={prefixed(sectionFailure('link')?.fieldErrors, 'link-')}
          labels={{ 'link-reference': t('plan.links.field.reference') }}
        />
        <p className="utrecht-paragraph">{t('plan.links.intro')}</p>
        {d.item.links.length === 0 ? (
          <p className="utrecht-paragraph">{t('plan.links.none')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {d.item.links.map((l) => {
              const name = l.label ?? t('plan.links.hidden');
              return (
                <li key={l.refId}>
                  {l.href ? (
                    <Link className="utrecht-link utrecht-link--html-a" to={l.href}>
                      {name}
                    </Link>
                  ) : (
                    name
                  )}{' '}
                  <form method="post" className="plan-inline-form">
                    <CsrfField />
                    <input type="hidden" name="refId" value={l.refId} />
                    <SubmitButton variant="subtle" name="intent" value="link-remove">
                      {t('plan.links.removeNamed', { name })}
                    </SubmitButton>
                  </form>
                </li>
              );
            })}
          </ul>
        )}
        <form method="post" className="wijkwerk-form" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="link-add" />
          <TextField
            id="field-link-reference"
            name="reference"
            label={t('plan.links.field.reference')}
            description={t('plan.links.field.hint')}
            error={sectionFailure('link')?.fieldErrors.reference}
            defaultValue={sectionFailure('link')?.values.reference}
            required
          />
          <p className="utrecht-button-group">
            <SubmitButton variant="secondary">{t('plan.links.add')}</SubmitButton>
          </p>
        </form>
      </section>

      {d.mayDelete && !d.item.hasChildren ? (
        <section aria-labelledby="delete-heading">
          <h2 className="utrecht-heading-2" id="delete-heading">
            {t('plan.item.delete')}
          </h2>
          <ErrorSummary message={sectionFailure('delete')?.message} />
          <p className="utrecht-paragraph">{t('plan.item.deleteHint')}</p>
          <form method="post">
            <CsrfField />
            <SubmitButton variant="secondary" name="intent" value="delete">
              {t('plan.item.delete')}
            </SubmitButton>
          </form>
        </section>
      ) : null}

      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={planHref}>
          {t('plan.back')}
        </Link>
      </p>
    </>
  );
}

function prefixed(
  errors: Record<string, string> | undefined,
  prefix: string,
): Record<string, string> | undefined {
  if (!errors) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}${k}`, v]));
}
