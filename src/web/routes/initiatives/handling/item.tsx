import { data, Form, Link, redirect, type ShouldRevalidateFunctionArgs } from 'react-router';
import { ConflictError, DomainError, NotFoundError, ValidationError } from '../../../../core/errors.ts';
import { type RequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { formatDateTime, translate } from '../../../../core/i18n/i18n.ts';
import { getKind, localName } from '../../../../modules/initiatives/config/list-categories.ts';
import { askResident } from '../../../../modules/initiatives/handling/ask-resident.ts';
import { assignPerson } from '../../../../modules/initiatives/handling/assign-person.ts';
import { changeItem } from '../../../../modules/initiatives/handling/change-item.ts';
import { getItemForStaff } from '../../../../modules/initiatives/handling/get-item.ts';
import { transferItem } from '../../../../modules/initiatives/handling/transfer-item.ts';
import { transitionItem } from '../../../../modules/initiatives/handling/transition-item.ts';
import '../../../../modules/initiatives/handling/handling-i18n.ts';
import '../../../../modules/initiatives/i18n.ts';
import { type Decision, decisions, type ItemStatus } from '../../../../modules/initiatives/initiatives.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { residentEventFor } from '../../../../modules/initiatives/rules/transitions.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { formatEuros } from '../../../components/plan/programme-format.ts';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import { signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/item.ts';
import handlingCss from './handling-pages.css?url';
import './handling-pages-i18n.ts';
import {
  areaChoices,
  categoryChoices,
  formatDay,
  pageFieldErrors,
  residentPreview,
} from './handling.server.ts';

// One item for the staff who handle it: everything about it (details, contact, photos, history)
// and the handling forms, each a plain POST with an intent: decide and answer, change the status,
// ask the resident, transfer with a reason, change category or location, assign a person. Forms
// that tell the resident something have a preview button that renders the resident's message
// without saving. Every form carries the item's version: when someone else changed the item in
// the meantime nothing is saved, the page shows the new state and the input stays in the form.

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: handlingCss }];

const intents = ['decide', 'transition', 'ask', 'transfer', 'change', 'assign'] as const;
type Intent = (typeof intents)[number];

interface Preview {
  subject: string;
  body: string;
  mailed: boolean;
}

interface ActionResult {
  intent: Intent;
  message?: string;
  conflict?: boolean;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
  preview?: Preview;
}

/** Service field names → this page's field names, per form (two forms may both have a "reason"). */
const fieldMaps: Record<Intent, Record<string, string>> = {
  decide: { decision: 'decision', answer: 'answer', note: 'decideNote', toStatus: 'decision' },
  transition: {
    toStatus: 'toStatus',
    reason: 'reason',
    note: 'note',
    answer: 'toStatus',
    decision: 'toStatus',
  },
  ask: { question: 'question' },
  transfer: { organisationId: 'organisationId', personId: 'organisationId', reason: 'transferReason' },
  change: {
    categoryId: 'categoryId',
    areaCode: 'areaCode',
    address: 'address',
    lon: 'address',
    lat: 'address',
  },
  assign: { personId: 'personId' },
};

async function loadView(rc: RequestContext, id: string) {
  const ctx = serviceContext(rc);
  const v = await getItemForStaff(ctx, id);
  const item = v.item;
  const t = (key: string, p?: Record<string, string | number>) => translate(rc.locale, key, p);
  const handle = v.may.handle;
  const kind = await getKind(rc.app.db, rc.municipality.id, item.kindId);
  // Other parts may add events of their own (a budget grant): their name then, not a bare key.
  const eventLabel = (event: string) => {
    const key = `initiatives.handling.event.${event}`;
    const label = t(key);
    return label === key ? event : label;
  };
  return {
    title: `${item.reference} ${item.title}`,
    item: {
      id: item.id,
      reference: item.reference,
      title: item.title,
      description: item.description,
      status: item.status,
      decision: item.decision,
      answer: item.answer,
      version: item.version,
      locale: item.locale,
      address: item.address,
      point: item.lon !== null && item.lat !== null ? `${item.lat.toFixed(5)}, ${item.lon.toFixed(5)}` : null,
      channel: item.channel,
      received: formatDateTime(rc.locale, item.receivedAt),
      deadline: formatDay(rc.locale, item.deadlineOn),
      escalateOn: formatDay(rc.locale, item.escalateOn),
      escalatedAt: item.escalatedAt ? formatDateTime(rc.locale, item.escalatedAt) : null,
      requested: item.requestedCents !== null ? formatEuros(item.requestedCents, rc.locale) : null,
      contact: item.contact,
      // The category's extra questions by their text, the answers by their list label.
      attributes: Object.entries(item.attributeValues ?? {}).map(([code, val]) => {
        const a = v.category?.attributes.find((x) => x.code === code);
        const label = (key: unknown) => a?.values?.find((o) => o.key === key)?.name ?? String(key);
        return {
          key: (rc.locale === 'en' && a?.descriptionEn) || a?.description || code,
          value: Array.isArray(val) ? val.map(label).join(', ') : label(val),
        };
      }),
      categoryId: item.categoryId,
      ownerOrganisationId: item.ownerOrganisationId,
      ownerPersonId: item.ownerPersonId,
    },
    overdue: v.overdue,
    category: v.category ? localName(v.category, rc.locale) : '',
    kind: kind ? localName(kind, rc.locale) : '',
    budgetRequest: v.category?.budgetRequest ?? false,
    area: v.area?.name ?? '',
    areaCode: v.area?.code ?? '',
    owner: v.ownerName,
    ownerPerson: v.ownerPersonName,
    files: v.files
      .filter((f) => f.contentType.startsWith('image/') && f.purpose === 'submission')
      .map((f) => ({ id: f.id, href: f.url, alt: f.alt })),
    events: v.events.map((e) => ({
      id: e.id,
      label: eventLabel(e.event),
      at: formatDateTime(rc.locale, e.createdAt),
      by: e.actorLabel,
      statusChange:
        e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus
          ? t('initiatives.handlingPages.item.statusChange', {
              from: t(`initiatives.status.${e.fromStatus}`),
              to: t(`initiatives.status.${e.toStatus}`),
            })
          : null,
      transfer:
        e.toOrganisationId && e.fromOrganisationId
          ? t('initiatives.handlingPages.item.transferredTo', {
              from: v.organisationNames[e.fromOrganisationId] ?? '?',
              to: v.organisationNames[e.toOrganisationId] ?? '?',
            })
          : null,
      reason: e.reason,
      reasonLabel: t(
        e.event === 'question'
          ? 'initiatives.handlingPages.item.question'
          : 'initiatives.handlingPages.item.reason',
      ),
      publicText: e.publicText,
      internalNote: e.internalNote,
    })),
    may: v.may,
    // The status steps other than deciding and asking (they have their own forms).
    nextStatuses: v.allowedNext.filter((s) => s !== 'decided' && s !== 'awaiting_resident'),
    mayDecide: v.allowedNext.includes('decided'),
    choices: handle
      ? {
          categories: await categoryChoices(rc, item.categoryId),
          areas: await areaChoices(rc, ['wijk', 'buurt']),
          organisations: v.transferTargets.map((o) => ({ value: o.id, label: o.name })),
          people: v.assignable.map((p) => ({ value: p.id, label: p.name })),
        }
      : null,
  };
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  try {
    const view = await loadView(rc, params.id);
    const saved = new URL(request.url).searchParams.get('saved');
    return { ...view, saved: intents.find((i) => i === saved) ?? null };
  } catch (error) {
    return throwAsRouteError(error);
  }
}

/** The resident's message for what the form would do, without saving anything. */
async function previewFor(
  rc: RequestContext,
  id: string,
  intent: Intent,
  v: Record<string, string>,
): Promise<Preview | FieldErrors> {
  const view = await getItemForStaff(serviceContext(rc), id);
  const item = view.item;
  const mailed = Boolean(item.contact?.email);
  const base = { owner: view.ownerName };
  if (intent === 'decide') {
    const errors: FieldErrors = {};
    const decision = decisions.find((d) => d === v.decision);
    if (!decision) errors.decision = translate(rc.locale, 'initiatives.handling.error.decisionRequired');
    if (!v.answer?.trim()) errors.answer = translate(rc.locale, 'initiatives.handling.error.answerRequired');
    if (!decision || Object.keys(errors).length > 0) return errors;
    const text = await residentPreview(rc, item, residentEventFor('decided', decision), {
      ...base,
      answer: v.answer ?? '',
    });
    return { ...text, mailed };
  }
  if (intent === 'transition') {
    const to = view.allowedNext.find((s) => s === v.toStatus && s !== 'decided' && s !== 'awaiting_resident');
    if (!to) return { toStatus: translate(rc.locale, 'initiatives.handlingPages.error.pickStatus') };
    if (to === 'cancelled' && !v.reason?.trim())
      return { reason: translate(rc.locale, 'initiatives.handling.error.reasonRequired') };
    const text = await residentPreview(rc, item, residentEventFor(to as ItemStatus), {
      ...base,
      reason: v.reason ?? '',
    });
    return { ...text, mailed };
  }
  if (intent === 'ask') {
    if (!v.question?.trim())
      return { question: translate(rc.locale, 'initiatives.handlingPages.error.questionRequired') };
    const text = await residentPreview(rc, item, 'question', { ...base, question: v.question ?? '' });
    return { ...text, mailed };
  }
  if (intent === 'transfer') {
    const errors: FieldErrors = {};
    const target = view.transferTargets.find((o) => o.id === v.organisationId);
    if (!target)
      errors.organisationId = translate(rc.locale, 'initiatives.handling.error.unknownOrganisation');
    if (!v.transferReason?.trim())
      errors.transferReason = translate(rc.locale, 'initiatives.handling.error.reasonRequired');
    if (!target || Object.keys(errors).length > 0) return errors;
    const text = await residentPreview(rc, item, 'transferred', {
      owner: target.name,
      reason: v.transferReason ?? '',
    });
    return { ...text, mailed };
  }
  return {};
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  const ctx = serviceContext(rc);
  const form = await request.formData();
  const intent = intents.find((i) => i === formString(form, 'intent'));
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && k !== '_csrf') values[k] = v;
  const fail = (
    fieldErrors: FieldErrors,
    message = translate(rc.locale, 'common.formErrors'),
    status = 400,
    extra: Partial<ActionResult> = {},
  ) =>
    data<ActionResult>(
      { intent: intent ?? 'transition', message, fieldErrors, values, ...extra },
      { status },
    );
  if (!intent) return fail({}, translate(rc.locale, 'initiatives.handlingPages.error.unknownIntent'));
  const id = params.id;
  const version = formString(form, 'version');
  try {
    if (formString(form, 'preview') === '1') {
      const preview = await previewFor(rc, id, intent, values);
      if (!('subject' in preview)) return fail(preview);
      return data<ActionResult>({ intent, fieldErrors: {}, values, preview: preview as Preview });
    }
    if (intent === 'decide') {
      await transitionItem(rc.app, ctx, id, {
        toStatus: 'decided',
        decision: formString(form, 'decision') as Decision,
        answer: formString(form, 'answer'),
        note: formString(form, 'decideNote'),
        version: version as unknown as number,
      });
    } else if (intent === 'transition') {
      await transitionItem(rc.app, ctx, id, {
        toStatus: formString(form, 'toStatus') as ItemStatus,
        reason: formString(form, 'reason'),
        note: formString(form, 'note'),
        version: version as unknown as number,
      });
    } else if (intent === 'ask') {
      await askResident(rc.app, ctx, id, {
        question: formString(form, 'question'),
        version: version as unknown as number,
      });
    } else if (intent === 'transfer') {
      await transferItem(rc.app, ctx, id, {
        organisationId: formString(form, 'organisationId'),
        reason: formString(form, 'transferReason'),
        version: version as unknown as number,
      });
      // The new owner may be out of the actor's sight now: back to the inbox then.
      try {
        await getItemForStaff(ctx, id);
      } catch (error) {
        if (error instanceof NotFoundError) return redirect(`${initiativesPaths.inbox()}?saved=transfer`);
        throw error;
      }
    } else if (intent === 'change') {
      // Only what was changed: the routing runs again for a new category or area.
      const changed = (name: string) => {
        const value = formString(form, name).trim();
        return value !== formString(form, `current-${name}`).trim() ? value : undefined;
      };
      const address = changed('address');
      await changeItem(rc.app, ctx, id, {
        categoryId: changed('categoryId'),
        areaCode: changed('areaCode'),
        ...(address !== undefined ? { address: address === '' ? null : address } : {}),
        version: version as unknown as number,
      });
    } else {
      await assignPerson(ctx, id, {
        personId: formString(form, 'personId') || null,
        version: version as unknown as number,
      });
    }
  } catch (error) {
    if (error instanceof ValidationError)
      return fail(pageFieldErrors(error.fieldErrors, rc.locale, fieldMaps[intent]));
    if (error instanceof ConflictError) {
      let status = '';
      try {
        status = translate(rc.locale, `initiatives.status.${(await getItemForStaff(ctx, id)).item.status}`);
      } catch {
        // unreadable now: the loader will say so
      }
      return fail({}, translate(rc.locale, 'initiatives.handlingPages.conflict.body', { status }), 409, {
        conflict: true,
      });
    }
    if (error instanceof DomainError && error.key !== 'error.notFound' && !(error instanceof NotFoundError))
      return fail({}, translate(rc.locale, error.key, error.params));
    return throwAsRouteError(error);
  }
  return redirect(`${initiativesPaths.item(id)}?saved=${intent}`);
}

/**
 * After a lost update the page must show the item as it is now (and carry its new version), also
 * when the answer was a 409: React Router does not reload after an error status on its own.
 */
export function shouldRevalidate({ actionStatus, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return actionStatus === 409 || defaultShouldRevalidate;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

function DataList({ rows }: { rows: Array<{ label: string; value: React.ReactNode } | null> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {rows
        .filter((r): r is { label: string; value: React.ReactNode } => r !== null)
        .map((r) => (
          <div key={r.label} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{r.label}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {r.value}
            </dd>
          </div>
        ))}
    </dl>
  );
}

function PreviewBox({ preview, headingId }: { preview: Preview; headingId: string }) {
  const { t } = useShell();
  return (
    <section className="wijkwerk-handling-preview" aria-labelledby={headingId} data-testid="resident-preview">
      <h3 className="utrecht-heading-3" id={headingId}>
        {t('initiatives.handlingPages.form.previewHeading')}
      </h3>
      <p className="utrecht-paragraph">{t('initiatives.handlingPages.form.previewIntro')}</p>
      {preview.mailed ? null : (
        <p className="utrecht-paragraph">{t('initiatives.handlingPages.form.previewNoMail')}</p>
      )}
      <p className="utrecht-paragraph">
        <strong>{t('initiatives.handlingPages.form.previewSubject')}:</strong> {preview.subject}
      </p>
      <pre className="wijkwerk-handling-preview__body">{preview.body}</pre>
    </section>
  );
}

function Buttons({ label, preview }: { label: string; preview: boolean }) {
  const { t } = useShell();
  return (
    <div className="utrecht-button-group wijkwerk-form__actions">
      <SubmitButton>{label}</SubmitButton>
      {preview ? (
        <SubmitButton variant="secondary" name="preview" value="1">
          {t('initiatives.handlingPages.form.preview')}
        </SubmitButton>
      ) : null}
    </div>
  );
}

export default function ItemPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const result = actionData as ActionResult | undefined;
  const mine = (intent: Intent) => (result?.intent === intent ? result : undefined);
  const errorsFor = (intent: Intent) => mine(intent)?.fieldErrors ?? {};
  const valuesFor = (intent: Intent): Record<string, string> => mine(intent)?.values ?? {};
  const messageFor = (intent: Intent) => {
    const r = mine(intent);
    return r && !r.conflict && !r.preview ? r.message : undefined;
  };
  const { item } = d;
  const labels: Record<string, string> = {
    decision: t('initiatives.handlingPages.decide.decision'),
    answer: t('initiatives.handlingPages.decide.answer'),
    decideNote: t('initiatives.handlingPages.form.note'),
    toStatus: t('initiatives.handlingPages.transition.to'),
    reason: t('initiatives.handlingPages.transition.reason'),
    note: t('initiatives.handlingPages.form.note'),
    question: t('initiatives.handlingPages.ask.question'),
    organisationId: t('initiatives.handlingPages.transfer.organisation'),
    transferReason: t('initiatives.handlingPages.transfer.reason'),
    categoryId: t('initiatives.handlingPages.change.category'),
    areaCode: t('initiatives.handlingPages.change.area'),
    address: t('initiatives.handlingPages.change.address'),
    personId: t('initiatives.handlingPages.assign.person', { owner: d.owner }),
  };
  const closed = item.status === 'done' || item.status === 'cancelled';
  const noteHint = t('initiatives.handlingPages.form.noteHint');
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/', label: t('nav.home') },
          { href: initiativesPaths.inbox(), label: t('initiatives.handlingPages.links.inbox') },
        ]}
        current={item.reference}
      />
      <h1 className="utrecht-heading-1">
        <span className="wijkwerk-handling-reference">{item.reference}</span> {item.title}
      </h1>
      {d.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t(`initiatives.handlingPages.saved.${d.saved}`)}</p>
        </Alert>
      ) : null}
      {result?.conflict ? (
        <Alert type="warning" live>
          <h2 className="utrecht-heading-2">{t('initiatives.handlingPages.conflict.title')}</h2>
          <p className="utrecht-paragraph">{result.message}</p>
        </Alert>
      ) : null}
      <p className="utrecht-paragraph" data-testid="item-status">
        <strong>
          {t('initiatives.handlingPages.item.statusLine', { status: t(`initiatives.status.${item.status}`) })}
          {item.decision ? ` (${t(`initiatives.decision.${item.decision}`)})` : ''}
        </strong>
      </p>
      {d.overdue ? (
        <p className="utrecht-paragraph" data-testid="item-overdue">
          <strong className="wijkwerk-handling-mark">
            {t('initiatives.handlingPages.item.overdue', { date: item.deadline })}
          </strong>
        </p>
      ) : null}
      {!d.may.handle ? (
        <Alert type="info">
          <p className="utrecht-paragraph">
            {t('initiatives.handlingPages.item.readOnly', { owner: d.owner })}
          </p>
        </Alert>
      ) : null}

      <section aria-labelledby="details-heading">
        <h2 className="utrecht-heading-2" id="details-heading">
          {t('initiatives.handlingPages.item.details')}
        </h2>
        <DataList
          rows={[
            { label: t('initiatives.handlingPages.item.kind'), value: d.kind },
            { label: t('initiatives.handlingPages.item.category'), value: d.category },
            {
              label: t('initiatives.handlingPages.item.description'),
              value: <span className="wijkwerk-handling-history__text">{item.description}</span>,
            },
            { label: t('initiatives.handlingPages.item.area'), value: d.area },
            item.address ? { label: t('initiatives.handlingPages.item.address'), value: item.address } : null,
            item.point ? { label: t('initiatives.handlingPages.item.point'), value: item.point } : null,
            { label: t('initiatives.handlingPages.item.owner'), value: d.owner },
            {
              label: t('initiatives.handlingPages.item.ownerPerson'),
              value: d.ownerPerson ?? t('initiatives.handlingPages.item.noPerson'),
            },
            {
              label: t('initiatives.handlingPages.item.channel'),
              value: t(`initiatives.channel.${item.channel}`),
            },
            { label: t('initiatives.handlingPages.item.received'), value: item.received },
            {
              label: t('initiatives.handlingPages.item.deadline'),
              value: (
                <>
                  {t('initiatives.handlingPages.item.deadlineOn', { date: item.deadline })}
                  <br />
                  {item.escalatedAt
                    ? t('initiatives.handlingPages.item.escalatedAt', { date: item.escalatedAt })
                    : t('initiatives.handlingPages.item.escalateOn', { date: item.escalateOn })}
                </>
              ),
            },
            item.requested
              ? { label: t('initiatives.handlingPages.item.requested'), value: item.requested }
              : null,
            item.answer
              ? {
                  label: t('initiatives.handlingPages.item.answer'),
                  value: <span className="wijkwerk-handling-history__text">{item.answer}</span>,
                }
              : null,
            ...item.attributes.map((a) => ({ label: a.key, value: a.value })),
          ]}
        />
        {d.budgetRequest ? (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.itemBudget(item.id)}>
              {t('initiatives.handlingPages.item.budgetLink')}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="contact-heading">
        <h2 className="utrecht-heading-2" id="contact-heading">
          {t('initiatives.handlingPages.item.contact')}
        </h2>
        {!item.contact || (!item.contact.name && !item.contact.email && !item.contact.phone) ? (
          <p className="utrecht-paragraph">{t('initiatives.handlingPages.item.contactNone')}</p>
        ) : (
          <>
            <DataList
              rows={[
                item.contact.name
                  ? { label: t('initiatives.handlingPages.item.contactName'), value: item.contact.name }
                  : null,
                item.contact.email
                  ? { label: t('initiatives.handlingPages.item.contactEmail'), value: item.contact.email }
                  : null,
                item.contact.phone
                  ? { label: t('initiatives.handlingPages.item.contactPhone'), value: item.contact.phone }
                  : null,
              ]}
            />
            {item.contact.email ? null : (
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.item.noEmail')}</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="photos-heading">
        <h2 className="utrecht-heading-2" id="photos-heading">
          {t('initiatives.handlingPages.item.photos')}
        </h2>
        {d.files.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.handlingPages.item.noPhotos')}</p>
        ) : (
          <ul className="wijkwerk-handling-photos">
            {d.files.map((f, i) => (
              <li key={f.id}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={f.href}
                  aria-label={t('initiatives.handlingPages.item.openPhoto', { number: i + 1 })}
                >
                  <img
                    src={f.href}
                    alt={
                      f.alt ||
                      t('initiatives.handlingPages.item.photoAlt', {
                        reference: item.reference,
                        number: i + 1,
                      })
                    }
                    loading="lazy"
                  />
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      {d.may.handle && d.choices ? (
        <>
          {d.mayDecide ? (
            <section aria-labelledby="decide-heading">
              <h2 className="utrecht-heading-2" id="decide-heading">
                {t('initiatives.handlingPages.decide.heading')}
              </h2>
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.decide.intro')}</p>
              <ErrorSummary message={messageFor('decide')} errors={errorsFor('decide')} labels={labels} />
              <Form method="post" noValidate className="wijkwerk-form">
                <CsrfField />
                <input type="hidden" name="intent" value="decide" />
                <input type="hidden" name="version" value={item.version} />
                <SelectField
                  name="decision"
                  label={labels.decision}
                  options={decisions.map((x) => ({ value: x, label: t(`initiatives.decision.${x}`) }))}
                  emptyLabel=""
                  required
                  defaultValue={valuesFor('decide').decision ?? ''}
                  error={errorsFor('decide').decision}
                />
                <TextAreaField
                  name="answer"
                  label={labels.answer}
                  rows={6}
                  defaultValue={valuesFor('decide').answer ?? ''}
                  error={errorsFor('decide').answer}
                />
                <TextAreaField
                  name="decideNote"
                  label={labels.decideNote}
                  description={noteHint}
                  rows={2}
                  defaultValue={valuesFor('decide').decideNote ?? ''}
                  error={errorsFor('decide').decideNote}
                />
                {mine('decide')?.preview ? (
                  <PreviewBox preview={mine('decide')?.preview as Preview} headingId="decide-preview" />
                ) : null}
                <Buttons label={t('initiatives.handlingPages.decide.button')} preview />
              </Form>
            </section>
          ) : null}

          {d.may.ask ? (
            <section aria-labelledby="ask-heading">
              <h2 className="utrecht-heading-2" id="ask-heading">
                {t('initiatives.handlingPages.ask.heading')}
              </h2>
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.ask.intro')}</p>
              {item.contact?.email ? null : (
                <p className="utrecht-paragraph">{t('initiatives.handlingPages.item.noEmail')}</p>
              )}
              <ErrorSummary message={messageFor('ask')} errors={errorsFor('ask')} labels={labels} />
              <Form method="post" noValidate className="wijkwerk-form">
                <CsrfField />
                <input type="hidden" name="intent" value="ask" />
                <input type="hidden" name="version" value={item.version} />
                <TextAreaField
                  name="question"
                  label={labels.question}
                  rows={4}
                  defaultValue={valuesFor('ask').question ?? ''}
                  error={errorsFor('ask').question}
                />
                {mine('ask')?.preview ? (
                  <PreviewBox preview={mine('ask')?.preview as Preview} headingId="ask-preview" />
                ) : null}
                <Buttons label={t('initiatives.handlingPages.ask.button')} preview />
              </Form>
            </section>
          ) : null}

          <section aria-labelledby="transition-heading">
            <h2 className="utrecht-heading-2" id="transition-heading">
              {t('initiatives.handlingPages.transition.heading')}
            </h2>
            {closed ? (
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.item.closedNote')}</p>
            ) : null}
            {d.nextStatuses.length === 0 ? (
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.transition.none')}</p>
            ) : (
              <>
                <ErrorSummary
                  message={messageFor('transition')}
                  errors={errorsFor('transition')}
                  labels={labels}
                />
                <Form method="post" noValidate className="wijkwerk-form">
                  <CsrfField />
                  <input type="hidden" name="intent" value="transition" />
                  <input type="hidden" name="version" value={item.version} />
                  <SelectField
                    name="toStatus"
                    label={labels.toStatus}
                    options={d.nextStatuses.map((s) => ({ value: s, label: t(`initiatives.status.${s}`) }))}
                    required
                    defaultValue={valuesFor('transition').toStatus ?? d.nextStatuses[0]}
                    error={errorsFor('transition').toStatus}
                  />
                  <TextAreaField
                    name="reason"
                    label={labels.reason}
                    description={t('initiatives.handlingPages.transition.reasonHint')}
                    rows={3}
                    defaultValue={valuesFor('transition').reason ?? ''}
                    error={errorsFor('transition').reason}
                  />
                  <TextAreaField
                    name="note"
                    label={labels.note}
                    description={noteHint}
                    rows={2}
                    defaultValue={valuesFor('transition').note ?? ''}
                    error={errorsFor('transition').note}
                  />
                  {mine('transition')?.preview ? (
                    <PreviewBox
                      preview={mine('transition')?.preview as Preview}
                      headingId="transition-preview"
                    />
                  ) : null}
                  <Buttons label={t('initiatives.handlingPages.transition.button')} preview />
                </Form>
              </>
            )}
          </section>

          {d.may.transfer && !closed ? (
            <section aria-labelledby="transfer-heading">
              <h2 className="utrecht-heading-2" id="transfer-heading">
                {t('initiatives.handlingPages.transfer.heading')}
              </h2>
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.transfer.intro')}</p>
              <ErrorSummary message={messageFor('transfer')} errors={errorsFor('transfer')} labels={labels} />
              <Form method="post" noValidate className="wijkwerk-form">
                <CsrfField />
                <input type="hidden" name="intent" value="transfer" />
                <input type="hidden" name="version" value={item.version} />
                <SelectField
                  name="organisationId"
                  label={labels.organisationId}
                  options={d.choices.organisations}
                  emptyLabel=""
                  required
                  defaultValue={valuesFor('transfer').organisationId ?? ''}
                  error={errorsFor('transfer').organisationId}
                />
                <TextAreaField
                  name="transferReason"
                  label={labels.transferReason}
                  rows={3}
                  defaultValue={valuesFor('transfer').transferReason ?? ''}
                  error={errorsFor('transfer').transferReason}
                />
                {mine('transfer')?.preview ? (
                  <PreviewBox preview={mine('transfer')?.preview as Preview} headingId="transfer-preview" />
                ) : null}
                <Buttons label={t('initiatives.handlingPages.transfer.button')} preview />
              </Form>
            </section>
          ) : null}

          {d.may.assign ? (
            <section aria-labelledby="assign-heading">
              <h2 className="utrecht-heading-2" id="assign-heading">
                {t('initiatives.handlingPages.assign.heading')}
              </h2>
              {d.choices.people.length === 0 ? (
                <p className="utrecht-paragraph">
                  {t('initiatives.handlingPages.assign.noPeople', { owner: d.owner })}
                </p>
              ) : (
                <>
                  <ErrorSummary message={messageFor('assign')} errors={errorsFor('assign')} labels={labels} />
                  <Form method="post" noValidate className="wijkwerk-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="assign" />
                    <input type="hidden" name="version" value={item.version} />
                    <SelectField
                      name="personId"
                      label={labels.personId}
                      options={d.choices.people}
                      emptyLabel={t('initiatives.handlingPages.assign.nobody')}
                      defaultValue={valuesFor('assign').personId ?? item.ownerPersonId ?? ''}
                      error={errorsFor('assign').personId}
                    />
                    <Buttons label={t('initiatives.handlingPages.assign.button')} preview={false} />
                  </Form>
                </>
              )}
            </section>
          ) : null}

          {d.may.change ? (
            <section aria-labelledby="change-heading">
              <h2 className="utrecht-heading-2" id="change-heading">
                {t('initiatives.handlingPages.change.heading')}
              </h2>
              <p className="utrecht-paragraph">{t('initiatives.handlingPages.change.intro')}</p>
              <ErrorSummary message={messageFor('change')} errors={errorsFor('change')} labels={labels} />
              <Form method="post" noValidate className="wijkwerk-form">
                <CsrfField />
                <input type="hidden" name="intent" value="change" />
                <input type="hidden" name="version" value={item.version} />
                <input type="hidden" name="current-categoryId" value={item.categoryId} />
                <input type="hidden" name="current-areaCode" value={d.areaCode} />
                <input type="hidden" name="current-address" value={item.address ?? ''} />
                <SelectField
                  name="categoryId"
                  label={labels.categoryId}
                  options={d.choices.categories}
                  defaultValue={valuesFor('change').categoryId ?? item.categoryId}
                  error={errorsFor('change').categoryId}
                />
                <SelectField
                  name="areaCode"
                  label={labels.areaCode}
                  options={d.choices.areas}
                  defaultValue={valuesFor('change').areaCode ?? d.areaCode}
                  error={errorsFor('change').areaCode}
                />
                <TextField
                  name="address"
                  label={labels.address}
                  defaultValue={valuesFor('change').address ?? item.address ?? ''}
                  error={errorsFor('change').address}
                />
                <Buttons label={t('initiatives.handlingPages.change.button')} preview={false} />
              </Form>
            </section>
          ) : null}
        </>
      ) : null}

      <section aria-labelledby="history-heading">
        <h2 className="utrecht-heading-2" id="history-heading">
          {t('initiatives.handlingPages.item.history')}
        </h2>
        {d.events.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.handlingPages.item.historyEmpty')}</p>
        ) : (
          <ol className="utrecht-ordered-list" data-testid="item-history">
            {[...d.events].reverse().map((e) => (
              <li key={e.id} className="utrecht-ordered-list__item">
                <p className="utrecht-paragraph">
                  <strong>{e.label}</strong> — {e.at}
                  {e.by ? ` — ${t('initiatives.handlingPages.item.by', { name: e.by })}` : ''}
                  {e.statusChange ? ` (${e.statusChange})` : ''}
                </p>
                {e.transfer ? <p className="utrecht-paragraph">{e.transfer}</p> : null}
                {e.reason ? (
                  <p className="utrecht-paragraph wijkwerk-handling-history__text">
                    {e.reasonLabel} {e.reason}
                  </p>
                ) : null}
                {e.publicText ? (
                  <p className="utrecht-paragraph wijkwerk-handling-history__text">
                    {t('initiatives.handlingPages.item.toldResident')} {e.publicText}
                  </p>
                ) : null}
                {e.internalNote ? (
                  <p className="utrecht-paragraph wijkwerk-handling-history__text">
                    {t('initiatives.handlingPages.item.internalNote')} {e.internalNote}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
