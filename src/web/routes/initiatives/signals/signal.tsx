import { data, Form, Link, redirect, useActionData } from 'react-router';
import { ConflictError, ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/i18n.ts';
import {
  findSignalCandidates,
  getSignal,
  signalCategoryChoices,
} from '../../../../modules/initiatives/signals/get-signal.ts';
import { linkSignalToPlan, planItemChoices } from '../../../../modules/initiatives/signals/link-signal.ts';
import { recordSignalOutcome } from '../../../../modules/initiatives/signals/record-signal-outcome.ts';
import { sendSignal } from '../../../../modules/initiatives/signals/send-signal.ts';
import type { SignalItem } from '../../../../modules/initiatives/signals/signals.ts';
import '../../../../modules/initiatives/signals/signals-i18n.ts';
import { updateSignal } from '../../../../modules/initiatives/signals/update-signal.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { fieldErrorsOf, formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { formStrings, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/signal.ts';
import { dateTimeDay } from './signals-format.ts';
import { SignalsNav } from './signals-nav.tsx';

// One wijksignaal: what it bundles and why, and the officer's forms (each works without
// JavaScript): change the text, add items of the area (search), remove items, link to a plan
// item, send to a department or board, and record the outcome, which tells the residents.

type Intent = 'update' | 'add' | 'remove' | 'link' | 'send' | 'outcome';
const intents: Intent[] = ['update', 'add', 'remove', 'link', 'send', 'outcome'];

interface Failure {
  intent: Intent;
  message: string;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
}

const savedFlags = ['created', 'updated', 'linked', 'sent', 'outcome'] as const;

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  const url = new URL(request.url);
  const q = url.searchParams.get('q') ?? '';
  const categoryId = url.searchParams.get('categorie') ?? '';
  try {
    const view = await getSignal(ctx, params.id, rc.locale);
    const editable = view.signal.status !== 'closed';
    const inSignal = new Set(view.items.map((i) => i.id));
    const [candidates, plans, organisations, categories] = editable
      ? await Promise.all([
          findSignalCandidates(
            ctx,
            params.id,
            { q, categoryId: /^[0-9a-f-]{36}$/i.test(categoryId) ? categoryId : '' },
            rc.locale,
          ),
          planItemChoices(ctx),
          listOrganisations(rc.app.db, rc.actor, { limit: 200 }),
          signalCategoryChoices(ctx, rc.locale),
        ])
      : [[], [], { items: [] }, []];
    const saved = url.searchParams.get('saved');
    const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
    const savedFlag = savedFlags.find((f) => f === saved);
    return {
      title: view.signal.title,
      view,
      editable,
      q,
      categoryId,
      candidates: candidates.filter((c) => !inSignal.has(c.id)),
      planOptions: plans.map((p) => ({
        value: `${p.planId}|${p.itemId}`,
        label: `${p.planTitle} — ${p.itemTitle}`,
      })),
      organisationOptions: organisations.items.map((o) => ({ value: o.id, label: o.name })),
      categoryOptions: categories.map((c) => ({ value: c.id, label: c.name })),
      saved: savedFlag
        ? t(`initiatives.signals.saved.${savedFlag}`, {
            items: url.searchParams.get('items') ?? '0',
            mailed: url.searchParams.get('mailed') ?? '0',
          })
        : null,
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  const form = await request.formData();
  const intent = formString(form, 'intent') as Intent;
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && k !== '_csrf') values[k] = v;
  const version = Number(formString(form, 'version')) || 0;
  const fail = (fieldErrors: FieldErrors, message: string, status = 400) =>
    data<Failure>({ intent, message, fieldErrors, values }, { status });
  const path = initiativesPaths.signal(params.id);
  try {
    if (!intents.includes(intent)) return fail({}, translate(rc.locale, 'common.formErrors'));
    if (intent === 'update') {
      await updateSignal(ctx, params.id, {
        title: formString(form, 'title'),
        explanation: formString(form, 'explanation'),
        version,
      });
      return redirect(`${path}?saved=updated`);
    }
    if (intent === 'add' || intent === 'remove') {
      const ids = formStrings(form, 'itemIds');
      await updateSignal(
        ctx,
        params.id,
        intent === 'add' ? { addItemIds: ids, version } : { removeItemIds: ids, version },
      );
      return redirect(`${path}?saved=updated`);
    }
    if (intent === 'link') {
      const [planId = '', planItemId = ''] = formString(form, 'planItem').split('|');
      await linkSignalToPlan(ctx, params.id, { planId, planItemId, version });
      return redirect(`${path}?saved=linked`);
    }
    if (intent === 'send') {
      await sendSignal(ctx, params.id, {
        organisationId: formString(form, 'organisationId'),
        board: formString(form, 'board'),
        version,
      });
      return redirect(`${path}?saved=sent`);
    }
    const r = await recordSignalOutcome(rc.app, ctx, params.id, {
      outcome: formString(form, 'outcome'),
      close: form.has('close'),
      version,
    });
    return redirect(`${path}?saved=outcome&items=${r.items}&mailed=${r.mailed}`);
  } catch (error) {
    if (error instanceof ValidationError) {
      const errors = fieldErrorsOf(error, rc.locale);
      // The service names planId/planItemId, addItemIds.0 …; the forms have one field each.
      const mapped: FieldErrors = {};
      for (const [k, v] of Object.entries(errors)) {
        const field = k.startsWith('plan') ? 'planItem' : k.includes('ItemIds') ? 'itemIds' : k;
        mapped[field] ??= v;
      }
      return fail(mapped, translate(rc.locale, 'common.formErrors'));
    }
    if (error instanceof ConflictError) {
      const key =
        error.key === 'initiatives.signals.error.conflict'
          ? 'initiatives.signals.detail.conflict'
          : error.key;
      return fail({}, translate(rc.locale, key), 409);
    }
    throwAsRouteError(error);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function ItemTable({
  items,
  caption,
  selectable,
}: {
  items: SignalItem[];
  caption: string;
  selectable: boolean;
}) {
  const { t, locale } = useShell();
  return (
    <div className="utrecht-table-container wijkwerk-table-scroll">
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.detail.reference')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.detail.itemTitle')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.dashboard.category')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.detail.buurt')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.dashboard.status')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.detail.received')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('initiatives.signals.detail.reachable')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((i) => (
            <tr key={i.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                {selectable ? (
                  <span className="utrecht-checkbox-option">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      name="itemIds"
                      value={i.id}
                      id={`item-${i.id}`}
                    />{' '}
                    <label
                      htmlFor={`item-${i.id}`}
                      className="utrecht-form-label utrecht-form-label--checkbox"
                    >
                      {i.reference}
                    </label>
                  </span>
                ) : (
                  i.reference
                )}
              </td>
              <td className="utrecht-table__cell">
                <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.item(i.id)}>
                  {i.title}
                </Link>
              </td>
              <td className="utrecht-table__cell">{i.category}</td>
              <td className="utrecht-table__cell">{i.area.name}</td>
              <td className="utrecht-table__cell">{t(`initiatives.status.${i.status}`)}</td>
              <td className="utrecht-table__cell">{dateTimeDay(locale, i.receivedAt)}</td>
              <td className="utrecht-table__cell">
                {i.reachable ? t('initiatives.signals.detail.yes') : t('initiatives.signals.detail.no')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Version({ version }: { version: number }) {
  return <input type="hidden" name="version" value={version} />;
}

export default function SignalPage({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const s = d.view.signal;
  const errorsFor = (intent: Intent) => (failure?.intent === intent ? failure.fieldErrors : {});
  const summary = (intent: Intent) =>
    failure?.intent === intent ? (
      <ErrorSummary errors={failure.fieldErrors} message={failure.message} headingLevel={3} />
    ) : null;
  const v = failure?.values ?? {};
  const sentTo = [s.sentToOrganisation?.name, s.sentToBoard].filter(Boolean).join(', ');
  return (
    <>
      <Breadcrumb
        items={[
          { href: initiativesPaths.start(), label: t('initiatives.title') },
          { href: initiativesPaths.signals(), label: t('initiatives.signals.list.title') },
        ]}
        current={s.title}
      />
      <h1 className="utrecht-heading-1">{s.title}</h1>
      <SignalsNav current="signals" />
      {d.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{d.saved}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph">
        {t('initiatives.signals.list.area')}: <strong>{s.area.name}</strong> ·{' '}
        {t('initiatives.signals.dashboard.status')}:{' '}
        <strong>{t(`initiatives.signals.status.${s.status}`)}</strong>
      </p>
      <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-line' }}>
        {s.explanation}
      </p>
      {d.view.planItem ? (
        <p className="utrecht-paragraph">
          {t('initiatives.signals.detail.planLinked', {
            plan: d.view.planItem.planTitle,
            item: d.view.planItem.itemTitle,
          })}{' '}
          <Link
            className="utrecht-link utrecht-link--html-a"
            to={`/wijkplannen/${d.view.planItem.planId}/onderdelen/${d.view.planItem.itemId}`}
          >
            {d.view.planItem.planTitle}
          </Link>
        </p>
      ) : s.planItemId ? (
        <p className="utrecht-paragraph">{t('initiatives.signals.detail.planUnknown')}</p>
      ) : null}
      {sentTo ? (
        <p className="utrecht-paragraph">{t('initiatives.signals.detail.sentTo', { to: sentTo })}</p>
      ) : null}
      {s.outcome ? (
        <section aria-labelledby="outcome-now">
          <h2 className="utrecht-heading-2" id="outcome-now">
            {t('initiatives.signals.detail.outcome')}
          </h2>
          <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-line' }}>
            {s.outcome}
          </p>
        </section>
      ) : null}
      {!d.editable ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('initiatives.signals.detail.closed')}</p>
        </Alert>
      ) : null}
      {failure && failure.intent !== 'update' && Object.keys(failure.fieldErrors).length === 0 ? (
        <Alert type="error" live>
          <p className="utrecht-paragraph">{failure.message}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="items">
        <h2 className="utrecht-heading-2" id="items">
          {t('initiatives.signals.detail.items')}
        </h2>
        {d.view.items.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.signals.detail.noItems')}</p>
        ) : d.editable ? (
          <Form method="post" className="wijkwerk-form">
            <CsrfField />
            <input type="hidden" name="intent" value="remove" />
            <Version version={s.version} />
            <ItemTable items={d.view.items} caption={t('initiatives.signals.detail.items')} selectable />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton variant="secondary">{t('initiatives.signals.detail.remove')}</SubmitButton>
            </div>
          </Form>
        ) : (
          <ItemTable
            items={d.view.items}
            caption={t('initiatives.signals.detail.items')}
            selectable={false}
          />
        )}
      </section>

      {d.editable ? (
        <>
          <section aria-labelledby="add-items">
            <h2 className="utrecht-heading-2" id="add-items">
              {t('initiatives.signals.detail.add')}
            </h2>
            <p className="utrecht-paragraph">
              {t('initiatives.signals.detail.addIntro', { area: s.area.name })}
            </p>
            <Form method="get" className="wijkwerk-form wijkwerk-filter">
              <TextField
                name="q"
                type="search"
                label={t('initiatives.signals.detail.q')}
                defaultValue={d.q}
              />
              <SelectField
                name="categorie"
                label={t('initiatives.signals.dashboard.category')}
                options={d.categoryOptions}
                emptyLabel={t('initiatives.signals.trends.allCategories')}
                defaultValue={d.categoryId}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton variant="secondary">{t('initiatives.signals.detail.search')}</SubmitButton>
              </div>
            </Form>
            {d.candidates.length === 0 ? (
              <p className="utrecht-paragraph">{t('initiatives.signals.detail.noCandidates')}</p>
            ) : (
              <Form method="post" className="wijkwerk-form">
                <CsrfField />
                <input type="hidden" name="intent" value="add" />
                <Version version={s.version} />
                {summary('add')}
                <ItemTable items={d.candidates} caption={t('initiatives.signals.detail.add')} selectable />
                <div className="utrecht-button-group wijkwerk-form__actions">
                  <SubmitButton>{t('initiatives.signals.detail.addSubmit')}</SubmitButton>
                </div>
              </Form>
            )}
          </section>

          <section aria-labelledby="edit">
            <h2 className="utrecht-heading-2" id="edit">
              {t('initiatives.signals.detail.edit')}
            </h2>
            <Form method="post" className="wijkwerk-form" noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="update" />
              <Version version={s.version} />
              {failure?.intent === 'update' ? (
                <ErrorSummary errors={failure.fieldErrors} message={failure.message} headingLevel={3} />
              ) : null}
              <TextField
                name="title"
                label={t('initiatives.signals.new.title')}
                defaultValue={failure?.intent === 'update' ? v.title : s.title}
                error={errorsFor('update').title}
                required
              />
              <TextAreaField
                name="explanation"
                label={t('initiatives.signals.new.explanation')}
                defaultValue={failure?.intent === 'update' ? v.explanation : s.explanation}
                error={errorsFor('update').explanation}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton variant="secondary">{t('initiatives.signals.detail.save')}</SubmitButton>
              </div>
            </Form>
          </section>

          <section aria-labelledby="plan">
            <h2 className="utrecht-heading-2" id="plan">
              {t('initiatives.signals.detail.plan')}
            </h2>
            {d.planOptions.length === 0 ? (
              <p className="utrecht-paragraph">{t('initiatives.signals.detail.noPlans')}</p>
            ) : (
              <Form method="post" className="wijkwerk-form" noValidate>
                <CsrfField />
                <input type="hidden" name="intent" value="link" />
                <Version version={s.version} />
                {summary('link')}
                <SelectField
                  name="planItem"
                  label={t('initiatives.signals.detail.planItem')}
                  options={d.planOptions}
                  emptyLabel={t('initiatives.signals.detail.none')}
                  defaultValue={
                    d.view.planItem
                      ? `${d.view.planItem.planId}|${d.view.planItem.itemId}`
                      : (v.planItem ?? '')
                  }
                  error={errorsFor('link').planItem}
                  required
                />
                <div className="utrecht-button-group wijkwerk-form__actions">
                  <SubmitButton variant="secondary">{t('initiatives.signals.detail.link')}</SubmitButton>
                </div>
              </Form>
            )}
          </section>

          <section aria-labelledby="send">
            <h2 className="utrecht-heading-2" id="send">
              {t('initiatives.signals.detail.send')}
            </h2>
            <Form method="post" className="wijkwerk-form" noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="send" />
              <Version version={s.version} />
              {summary('send')}
              <SelectField
                name="organisationId"
                label={t('initiatives.signals.detail.organisation')}
                options={d.organisationOptions}
                emptyLabel={t('initiatives.signals.detail.none')}
                defaultValue={v.organisationId ?? s.sentToOrganisation?.id ?? ''}
                error={errorsFor('send').organisationId}
              />
              <TextField
                name="board"
                label={t('initiatives.signals.detail.board')}
                description={t('initiatives.signals.detail.boardHelp')}
                defaultValue={v.board ?? s.sentToBoard ?? ''}
                error={errorsFor('send').board}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton variant="secondary">{t('initiatives.signals.detail.send')}</SubmitButton>
              </div>
            </Form>
          </section>

          <section aria-labelledby="outcome">
            <h2 className="utrecht-heading-2" id="outcome">
              {t('initiatives.signals.detail.outcome')}
            </h2>
            <Form method="post" className="wijkwerk-form" noValidate>
              <CsrfField />
              <input type="hidden" name="intent" value="outcome" />
              <Version version={s.version} />
              {summary('outcome')}
              <TextAreaField
                name="outcome"
                label={t('initiatives.signals.detail.outcome')}
                description={t('initiatives.signals.detail.outcomeHelp')}
                defaultValue={v.outcome ?? s.outcome ?? ''}
                error={errorsFor('outcome').outcome}
              />
              <div className="utrecht-form-field utrecht-form-field--checkbox">
                <p className="utrecht-form-field__input">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    name="close"
                    id="field-close"
                    defaultChecked
                  />{' '}
                  <label htmlFor="field-close" className="utrecht-form-label utrecht-form-label--checkbox">
                    {t('initiatives.signals.detail.close')}
                  </label>
                </p>
              </div>
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton>{t('initiatives.signals.detail.outcomeSubmit')}</SubmitButton>
              </div>
            </Form>
          </section>
        </>
      ) : null}
    </>
  );
}
