import { randomUUID } from 'node:crypto';
import { data, Form, Link, redirect } from 'react-router';
import { DomainError, RateLimitedError, ValidationError } from '../../../../core/errors.ts';
import { getRequestContext, serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import type { SubmitItemInput } from '../../../../modules/initiatives/intake/intake-input.ts';
import { submitItem } from '../../../../modules/initiatives/intake/submit-item.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/submit.ts';
import {
  type FormValues,
  type ItemFormFailure,
  kindChoices,
  placeChoices,
  readItemRequest,
  translateErrors,
} from './intake.server.ts';
import { ItemFormFields, itemFieldLabels, RadioGroup } from './item-form.tsx';

// The public form, without an account and without JavaScript: first the kind (what do you want
// to do?), then the subject with help for choosing, what and where, up to three photos
// (multipart), optional contact details with the consent text. The service does the checks and
// the spam defences (rate limit, honeypot, idempotency key); after sending, the resident lands on
// their private follow page, which shows the reference number and the link to keep.

type Failure = ItemFormFailure;

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const url = new URL(request.url);
  const kinds = (await kindChoices(rc)).filter((k) => k.categories.length > 0);
  const asked = url.searchParams.get('soort');
  const kind = kinds.find((k) => k.code === asked) ?? (kinds.length === 1 ? kinds[0] : undefined) ?? null;
  const places = kind ? await placeChoices(rc) : { areas: [], bounds: null };
  const category = url.searchParams.get('onderwerp') ?? '';
  return {
    title: translate(rc.locale, 'initiatives.intake.submit.title'),
    kinds: kinds.map((k) => ({ code: k.code, name: k.name, description: k.description })),
    kind,
    areas: places.areas,
    bounds: places.bounds,
    mapStyleUrl: rc.app.config.mapStyleUrl ?? null,
    values: {
      idempotencyKey: randomUUID(),
      categoryId: kind?.categories.some((c) => c.id === category) ? category : '',
    } as FormValues,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const posted = await readItemRequest(request, rc.locale);
  if ('failure' in posted) return data<Failure>(posted.failure, { status: posted.status });
  const { input, uploads, values } = posted.read;
  const honeypot = typeof input.website === 'string' ? input.website : '';
  delete input.website;
  delete input.kind;
  delete values.website;
  const fail = (
    fieldErrors: FieldErrors,
    message = translate(rc.locale, 'common.formErrors'),
    status = 400,
  ) => data<Failure>({ message, fieldErrors, values, photosLost: uploads.length > 0 }, { status });
  try {
    const result = await submitItem(
      rc.app,
      serviceContext(rc),
      { ...input, channel: 'web', locale: rc.locale, ...(honeypot ? { honeypot } : {}) } as SubmitItemInput,
      uploads,
    );
    return redirect(`${initiativesPaths.follow(result.followToken)}?nieuw=1`);
  } catch (error) {
    if (error instanceof ValidationError) return fail(translateErrors(error.fieldErrors, rc.locale));
    if (error instanceof RateLimitedError)
      return data<Failure>(
        {
          message: translate(rc.locale, error.key, error.params),
          fieldErrors: {},
          values,
          photosLost: uploads.length > 0,
        },
        { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
      );
    if (error instanceof DomainError) return fail({}, translate(rc.locale, error.key, error.params), 409);
    throw error;
  }
}

export function headers({ actionHeaders, loaderHeaders }: Route.HeadersArgs) {
  return actionHeaders.has('Retry-After') ? actionHeaders : loaderHeaders;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function SubmitItem({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const crumbs = [
    { href: '/', label: t('nav.home') },
    { href: initiativesPaths.start(), label: t('initiatives.intake.start.title') },
  ];
  const failure = actionData as Failure | undefined;
  if (!d.kind) {
    return (
      <>
        <Breadcrumb items={crumbs} current={d.title} />
        <h1 className="utrecht-heading-1">{d.title}</h1>
        {d.kinds.length === 0 ? (
          <p className="utrecht-paragraph">{t('initiatives.intake.start.noKinds')}</p>
        ) : (
          <Form method="get" className="wijkwerk-form">
            <RadioGroup
              name="soort"
              legend={<span className="utrecht-heading-2">{t('initiatives.intake.submit.kindLegend')}</span>}
              options={d.kinds.map((k) => ({ value: k.code, label: k.name, description: k.description }))}
            />
            <div className="utrecht-button-group wijkwerk-form__actions">
              <SubmitButton>{t('initiatives.intake.submit.next')}</SubmitButton>
            </div>
          </Form>
        )}
      </>
    );
  }
  const errors = failure?.fieldErrors ?? {};
  const values = failure?.values ?? d.values;
  return (
    <>
      <Breadcrumb items={crumbs} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph">{t('initiatives.intake.submit.intro')}</p>
      <p className="utrecht-paragraph">
        {t('initiatives.intake.submit.kindChosen', { kind: d.kind.name })}{' '}
        {d.kinds.length > 1 ? (
          <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.submit()}>
            {t('initiatives.intake.submit.changeKind')}
          </Link>
        ) : null}
      </p>
      <ErrorSummary message={failure?.message} errors={errors} labels={itemFieldLabels(t, d.kind)} />
      <Form
        method="post"
        action={`${initiativesPaths.submit()}?soort=${encodeURIComponent(d.kind.code)}`}
        encType="multipart/form-data"
        noValidate
        className="wijkwerk-form"
      >
        <ItemFormFields
          kind={d.kind}
          areas={d.areas}
          bounds={d.bounds}
          mapStyleUrl={d.mapStyleUrl}
          values={values}
          errors={errors}
          photosLost={failure?.photosLost ?? false}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('initiatives.intake.submit.button')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
