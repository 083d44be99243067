import { randomUUID } from 'node:crypto';
import { data, Form, Link } from 'react-router';
import { DomainError, ValidationError } from '../../../../core/errors.ts';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { absoluteUrl, initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import type { SubmitItemInput } from '../../../../modules/initiatives/intake/intake-input.ts';
import { onBehalfChannels, submitItem } from '../../../../modules/initiatives/intake/submit-item.ts';
import { mayRegisterOnBehalf } from '../../../../modules/initiatives/policy.ts';
import { Alert } from '../../../components/alert.tsx';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { ErrorSummary, type FieldErrors } from '../../../components/error-summary.tsx';
import { SubmitButton } from '../../../components/form-field.tsx';
import { useShell } from '../../../components/shell.ts';
import { forbidden, signedInContext } from '../../admin/admin.server.ts';
import type { Route } from './+types/register.ts';
import {
  type FormValues,
  type ItemFormFailure,
  kindChoices,
  placeChoices,
  readItemRequest,
  translateErrors,
} from './intake.server.ts';
import { ItemFormFields, itemFieldLabels, RadioGroup } from './item-form.tsx';

// Staff and partners register an item on behalf of a resident who phoned, came to the counter or
// was met in the street: the same fields as the public form plus the channel; contact details
// only with the resident's consent. Afterwards the page shows the reference number and the
// private link to give to the resident (mailed to them too when an address was given).

type Failure = ItemFormFailure;

interface Done {
  done: { reference: string; followUrl: string; itemPath: string };
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const rc = signedInContext(context, request);
  if (!mayRegisterOnBehalf(rc.actor)) forbidden();
  const url = new URL(request.url);
  const kinds = (await kindChoices(rc)).filter((k) => k.categories.length > 0);
  const kind =
    kinds.find((k) => k.code === url.searchParams.get('soort')) ??
    (kinds.length === 1 ? kinds[0] : undefined) ??
    null;
  const places = kind ? await placeChoices(rc) : { areas: [], bounds: null };
  return {
    title: translate(rc.locale, 'initiatives.intake.register.title'),
    kinds: kinds.map((k) => ({ code: k.code, name: k.name, description: k.description })),
    kind,
    areas: places.areas,
    bounds: places.bounds,
    mapStyleUrl: rc.app.config.mapStyleUrl ?? null,
    channels: onBehalfChannels.map((c) => ({
      value: c,
      label: translate(rc.locale, `initiatives.channel.${c}`),
    })),
    values: { idempotencyKey: randomUUID() } as FormValues,
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  const rc = signedInContext(context, request);
  if (!mayRegisterOnBehalf(rc.actor)) forbidden();
  const posted = await readItemRequest(request, rc.locale);
  if ('failure' in posted) return data<Failure>(posted.failure, { status: posted.status });
  const { input, uploads, values } = posted.read;
  delete input.website;
  delete input.kind;
  const fail = (
    fieldErrors: FieldErrors,
    message = translate(rc.locale, 'common.formErrors'),
    status = 400,
  ) => data<Failure>({ message, fieldErrors, values, photosLost: uploads.length > 0 }, { status });
  try {
    const result = await submitItem(
      rc.app,
      serviceContext(rc),
      { ...input, locale: rc.locale } as SubmitItemInput,
      uploads,
    );
    return data<Done>({
      done: {
        reference: result.reference,
        followUrl: absoluteUrl(rc.app.publicUrl, initiativesPaths.follow(result.followToken)),
        itemPath: initiativesPaths.item(result.id),
      },
    });
  } catch (error) {
    if (error instanceof ValidationError) return fail(translateErrors(error.fieldErrors, rc.locale));
    if (error instanceof DomainError) return fail({}, translate(rc.locale, error.key, error.params), 409);
    throw error;
  }
}

export function headers() {
  // The answer holds a resident's private link.
  return { 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function RegisterItem({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const crumbs = [{ href: '/', label: t('nav.home') }];
  if (actionData && 'done' in actionData) {
    const done = (actionData as Done).done;
    const title = t('initiatives.intake.register.done', { reference: done.reference });
    return (
      <>
        <Breadcrumb items={crumbs} current={title} />
        <h1 className="utrecht-heading-1">{title}</h1>
        <Alert type="ok" live>
          <p className="utrecht-paragraph">{t('initiatives.intake.register.giveLink')}</p>
          <p className="utrecht-paragraph" style={{ overflowWrap: 'anywhere' }}>
            <strong>{done.reference}</strong>
            <br />
            <a className="utrecht-link utrecht-link--html-a" href={done.followUrl} data-testid="follow-link">
              {done.followUrl}
            </a>
          </p>
        </Alert>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <Link className="utrecht-link utrecht-link--html-a" to={done.itemPath}>
              {t('initiatives.intake.register.toItem')}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <a className="utrecht-link utrecht-link--html-a" href={initiativesPaths.register()}>
              {t('initiatives.intake.register.another')}
            </a>
          </li>
        </ul>
      </>
    );
  }
  const failure = actionData as Failure | undefined;
  if (!d.kind) {
    return (
      <>
        <Breadcrumb items={crumbs} current={d.title} />
        <h1 className="utrecht-heading-1">{d.title}</h1>
        <p className="utrecht-paragraph">{t('initiatives.intake.register.intro')}</p>
        <Form method="get" className="wijkwerk-form">
          <RadioGroup
            name="soort"
            legend={<span className="utrecht-heading-2">{t('initiatives.intake.register.kindLegend')}</span>}
            options={d.kinds.map((k) => ({ value: k.code, label: k.name, description: k.description }))}
          />
          <div className="utrecht-button-group wijkwerk-form__actions">
            <SubmitButton>{t('initiatives.intake.submit.next')}</SubmitButton>
          </div>
        </Form>
      </>
    );
  }
  const errors = failure?.fieldErrors ?? {};
  return (
    <>
      <Breadcrumb items={crumbs} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph">{t('initiatives.intake.register.intro')}</p>
      <p className="utrecht-paragraph">
        {t('initiatives.intake.submit.kindChosen', { kind: d.kind.name })}{' '}
        <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.register()}>
          {t('initiatives.intake.submit.changeKind')}
        </Link>
      </p>
      <ErrorSummary message={failure?.message} errors={errors} labels={itemFieldLabels(t, d.kind)} />
      <Form
        method="post"
        action={`${initiativesPaths.register()}?soort=${encodeURIComponent(d.kind.code)}`}
        encType="multipart/form-data"
        noValidate
        className="wijkwerk-form"
      >
        <ItemFormFields
          kind={d.kind}
          areas={d.areas}
          bounds={d.bounds}
          mapStyleUrl={d.mapStyleUrl}
          values={failure?.values ?? d.values}
          errors={errors}
          onBehalf={{ channels: d.channels }}
          photosLost={failure?.photosLost ?? false}
        />
        <div className="utrecht-button-group wijkwerk-form__actions">
          <SubmitButton>{t('initiatives.intake.register.button')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
