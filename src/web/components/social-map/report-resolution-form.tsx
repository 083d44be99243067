import { Form } from 'react-router';
import { CsrfField } from '../csrf-field.tsx';
import { fieldId, SubmitButton, TextAreaField } from '../form-field.tsx';
import { useShell } from '../shell.ts';

// An editor's decision on the open reports of an item: keep it (shown again) or take it off the
// map. Posts to the queue page, which handles it for the queue and the review page alike.

export function ReportResolutionForm({ assetId, title }: { assetId: string; title: string }) {
  const { t } = useShell();
  const base = fieldId(`decision-${assetId}`);
  return (
    <Form
      method="post"
      action="/sociale-kaart/redactie"
      className="wijkwerk-form"
      aria-label={t('sm.editor.reports.of', { title })}
    >
      <CsrfField />
      <input type="hidden" name="intent" value="resolve-reports" />
      <input type="hidden" name="assetId" value={assetId} />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('sm.editor.reports.decision')}
        </legend>
        {(['keep', 'remove'] as const).map((d) => (
          <div key={d} className="utrecht-form-field utrecht-form-field--radio">
            <p className="utrecht-form-field__label utrecht-form-field__label--radio">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${base}-${d}`}>
                <input
                  id={`${base}-${d}`}
                  type="radio"
                  name="decision"
                  value={d}
                  defaultChecked={d === 'keep'}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                />
                {t(`sm.editor.reports.${d}`)}
              </label>
            </p>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        name={`reason-${assetId}`}
        label={`${t('sm.editor.reports.reason')} ${t('sm.editor.optional')}`}
        rows={2}
      />
      <div className="utrecht-button-group wijkwerk-form__actions">
        <SubmitButton variant="secondary">{t('sm.editor.reports.submit')}</SubmitButton>
      </div>
    </Form>
  );
}
