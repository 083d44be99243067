import { data, Form, redirect } from 'react-router';
import { serviceContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import {
  getMessageTemplate,
  previewMessageTemplate,
  resetMessageTemplate,
  saveMessageTemplate,
  type TemplateLocale,
  templateLocales,
} from '../../../../modules/initiatives/config/message-templates.ts';
import {
  isResidentEvent,
  residentPlaceholders,
} from '../../../../modules/initiatives/config/resident-message.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import { Alert } from '../../../components/alert.tsx';
import { CsrfField } from '../../../components/csrf-field.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { SubmitButton, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { formString, throwAsRouteError } from '../../../components/route-errors.ts';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/template.ts';
import { type ConfigFailure, configContext, configFailure, savedFlag } from './config.server.ts';
import { ConfigBreadcrumb } from './config-ui.tsx';

// The texts of one step, Dutch and English: save an own text, see a preview with example values
// (nothing saved), or go back to the default text.

interface PreviewResult {
  preview: { locale: TemplateLocale; subject: string; body: string };
  values: Record<string, string>;
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const rc = configContext(context, request);
  if (!isResidentEvent(params.event)) throw data(null, { status: 404 });
  const event = params.event;
  try {
    const ctx = serviceContext(rc);
    const texts = await Promise.all(templateLocales.map((locale) => getMessageTemplate(ctx, event, locale)));
    return {
      title: translate(rc.locale, `initiatives.config.event.${event}`),
      event,
      texts,
      saved: savedFlag(request),
    };
  } catch (error) {
    throwAsRouteError(error);
  }
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const rc = configContext(context, request);
  if (!isResidentEvent(params.event)) throw data(null, { status: 404 });
  const event = params.event;
  const form = await request.formData();
  const locale: TemplateLocale = formString(form, 'locale') === 'en' ? 'en' : 'nl';
  const intent = formString(form, 'intent');
  const values = {
    [`subject-${locale}`]: formString(form, `subject-${locale}`),
    [`body-${locale}`]: formString(form, `body-${locale}`),
  };
  const input = { subject: values[`subject-${locale}`] ?? '', body: values[`body-${locale}`] ?? '' };
  const fieldOf = (path: string) => `${path}-${locale}`;
  const ctx = serviceContext(rc);
  try {
    if (intent === 'reset') {
      await resetMessageTemplate(ctx, event, locale);
      return redirect(`${initiativesPaths.template(event)}?saved=reset`);
    }
    if (intent === 'preview') {
      const preview = previewMessageTemplate(locale, input, rc.app.publicUrl);
      return data<PreviewResult>({ preview: { locale, ...preview }, values });
    }
    await saveMessageTemplate(ctx, event, locale, input);
  } catch (error) {
    return configFailure(error, rc, { values, fieldOf, form: locale });
  }
  return redirect(`${initiativesPaths.template(event)}?saved=1`);
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

/** A text with its line breaks: paragraphs at blank lines, <br> within. */
function PlainText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((para, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
        <p key={i} className="utrecht-paragraph">
          {para.split('\n').map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

export default function TemplatePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useShell();
  const d = loaderData;
  const result = actionData as (ConfigFailure & Partial<PreviewResult>) | PreviewResult | undefined;
  const failure = result && 'message' in result ? (result as ConfigFailure) : undefined;
  const preview = result && 'preview' in result ? result.preview : undefined;
  const typed = result?.values ?? {};
  return (
    <>
      <ConfigBreadcrumb current={d.title} section="templates" />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      {d.saved ? (
        <Alert type="ok" live>
          <p className="utrecht-paragraph">
            {d.saved === 'reset'
              ? t('initiatives.config.templates.resetDone')
              : t('initiatives.config.saved')}
          </p>
        </Alert>
      ) : null}
      <h2 className="utrecht-heading-2">{t('initiatives.config.templates.placeholders')}</h2>
      <p className="utrecht-paragraph">{t('initiatives.config.templates.placeholders.intro')}</p>
      <ul className="utrecht-unordered-list">
        {residentPlaceholders.map((p) => (
          <li key={p} className="utrecht-unordered-list__item">
            <code className="wijkwerk-code">{`{${p}}`}</code>:{' '}
            {t(`initiatives.config.templates.placeholder.${p}`)}
          </li>
        ))}
      </ul>
      {d.texts.map((text) => {
        const l = text.locale;
        const mine = failure?.form === l ? failure : undefined;
        const labels = {
          [`subject-${l}`]: t('initiatives.config.templates.subject'),
          [`body-${l}`]: t('initiatives.config.templates.body'),
        };
        return (
          <section key={l} aria-labelledby={`text-${l}`}>
            <h2 id={`text-${l}`} className="utrecht-heading-2" lang={l}>
              {t(`initiatives.config.templates.language.${l}`)}
            </h2>
            <p className="utrecht-paragraph">
              {t('initiatives.config.templates.status', {
                status: t(
                  text.custom
                    ? 'initiatives.config.templates.custom'
                    : 'initiatives.config.templates.builtIn',
                ),
              })}
            </p>
            {preview?.locale === l ? (
              <section aria-labelledby={`preview-${l}`} className="wijkwerk-card" lang={l}>
                <h3 id={`preview-${l}`} className="utrecht-heading-3">
                  {t('initiatives.config.templates.previewTitle')}
                </h3>
                <p className="utrecht-paragraph">{t('initiatives.config.templates.previewNote')}</p>
                <p className="utrecht-paragraph">
                  <strong>{preview.subject}</strong>
                </p>
                <PlainText text={preview.body} />
              </section>
            ) : null}
            <ErrorSummary
              message={mine?.message}
              errors={mine?.fieldErrors}
              labels={labels}
              headingLevel={3}
            />
            <Form method="post" noValidate className="wijkwerk-form">
              <CsrfField />
              <input type="hidden" name="locale" value={l} />
              <TextField
                name={`subject-${l}`}
                label={t('initiatives.config.templates.subject')}
                required
                defaultValue={typed[`subject-${l}`] ?? text.subject}
                error={mine?.fieldErrors[`subject-${l}`]}
              />
              <TextAreaField
                name={`body-${l}`}
                label={t('initiatives.config.templates.body')}
                rows={10}
                defaultValue={typed[`body-${l}`] ?? text.body}
                error={mine?.fieldErrors[`body-${l}`]}
              />
              <div className="utrecht-button-group wijkwerk-form__actions">
                <SubmitButton name="intent" value="save">
                  {t('initiatives.config.templates.save')}
                </SubmitButton>
                <SubmitButton name="intent" value="preview" variant="secondary">
                  {t('initiatives.config.templates.preview')}
                </SubmitButton>
                {text.custom ? (
                  <SubmitButton name="intent" value="reset" variant="subtle">
                    {t('initiatives.config.templates.reset')}
                  </SubmitButton>
                ) : null}
              </div>
            </Form>
          </section>
        );
      })}
    </>
  );
}
