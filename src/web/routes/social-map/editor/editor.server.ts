import { data } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { ConflictError, ValidationError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate, translator } from '../../../../core/i18n/i18n.ts';
import { listOrganisations } from '../../../../core/organisations/list-organisations.ts';
import type { FieldChange } from '../../../../modules/social-map/asset.ts';
import { listTaxonomy, type Term } from '../../../../modules/social-map/taxonomy.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import { formFailure } from '../../../components/route-errors.ts';
import type { AssetFormOptions } from '../../../components/social-map/asset-edit-form.tsx';
import { type AssetFormState, formFieldOf } from '../../../components/social-map/asset-form-values.ts';
import { type DiffRow, diffRows } from '../../../components/social-map/revision-diff-rows.ts';

// What the editing pages share on the server: the choices of the item form, turning field
// changes into readable rows, and a service's field errors into the form's fields.

export interface Choices {
  areas: Array<{ id: string; code: string; label: string; name: string }>;
  organisations: Array<{ value: string; label: string }>;
  terms: Term[];
}

export async function loadChoices(rc: RequestContext, withOrganisations: boolean): Promise<Choices> {
  const [areas, organisations, terms] = await Promise.all([
    listAreas(rc.app.db, rc.actor, { limit: 5000 }),
    withOrganisations
      ? listOrganisations(rc.app.db, rc.actor, { limit: 5000 }).then((p) => p.items)
      : Promise.resolve([]),
    listTaxonomy(rc.app.db, rc.actor.municipalityId),
  ]);
  return {
    areas: treeOrder(areas.items).map((a) => ({
      id: a.id,
      code: a.code,
      name: a.name,
      label: `${'\u00a0\u00a0'.repeat(a.depth)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
    })),
    organisations: organisations.map((o) => ({ value: o.id, label: o.name })),
    terms,
  };
}

export function termOptions(terms: Term[], vocabulary: Term['vocabulary'], locale: Locale) {
  return terms
    .filter((t) => t.vocabulary === vocabulary)
    .map((t) => ({ value: t.code, label: locale === 'en' ? t.labelEn : t.labelNl }));
}

/** The field changes of a revision as rows of text in the page's language. */
export function readableDiff(changes: FieldChange[], choices: Choices, locale: Locale): DiffRow[] {
  const areaNames = new Map(choices.areas.map((a) => [a.id, a.name]));
  const orgNames = new Map(choices.organisations.map((o) => [o.value, o.label]));
  return diffRows(changes, translator(locale), {
    term: (vocabulary, code) => {
      const term = choices.terms.find((t) => t.vocabulary === vocabulary && t.code === code);
      return term ? (locale === 'en' ? term.labelEn : term.labelNl) : code;
    },
    area: (id) => areaNames.get(id) ?? id,
    organisation: (id) => orgNames.get(id) ?? id,
  });
}

/** A service's field errors, translated, under the names of the form's controls. */
export function formErrorsOf(error: ValidationError, locale: Locale): FieldErrors {
  const out: FieldErrors = {};
  for (const e of error.fieldErrors) out[formFieldOf(e.field)] ??= translate(locale, e.key, e.params ?? {});
  return out;
}

/** The confirmation of the last action (?saved=…), when it is one of ours. */
export function savedMessage(url: URL, locale: Locale, known: readonly string[]): string | null {
  const flag = url.searchParams.get('saved');
  return flag && known.includes(flag) ? translate(locale, `sm.editor.saved.${flag}`) : null;
}

export interface AssetFormFailure {
  message: string;
  fieldErrors: FieldErrors;
  /** What was posted, shown again. */
  state: AssetFormState;
  /** Someone else saved a newer version first. */
  conflict: boolean;
}

/**
 * A failed save of the item form: 400 with the errors at their fields, or 409 when someone saved
 * a newer version first; the posted values come back either way. Not found / forbidden become
 * the error page.
 */
export function assetFormFailure(error: unknown, locale: Locale, state: AssetFormState) {
  if (error instanceof ConflictError && error.key === 'error.conflict') {
    return data<AssetFormFailure>(
      { message: translate(locale, 'sm.editor.conflict.title'), fieldErrors: {}, state, conflict: true },
      { status: 409 },
    );
  }
  if (error instanceof ValidationError) {
    const fieldErrors = formErrorsOf(error, locale);
    // "Nothing changed" and other errors of the whole form head the summary instead of a field.
    const whole = fieldErrors._;
    delete fieldErrors._;
    return data<AssetFormFailure>(
      { message: whole ?? translate(locale, 'common.formErrors'), fieldErrors, state, conflict: false },
      { status: 400 },
    );
  }
  const other = formFailure(error, locale);
  return data<AssetFormFailure>(
    {
      message: other.data.message ?? translate(locale, 'error.validation'),
      fieldErrors: {},
      state,
      conflict: false,
    },
    { status: other.init?.status ?? 400 },
  );
}

/** The choices of the item form, ready for the page. */
export function assetFormOptions(
  choices: Choices,
  locale: Locale,
  v: { kinds: string[]; organisations: boolean },
): AssetFormOptions {
  return {
    areas: choices.areas.map((a) => ({ value: a.code, label: a.label })),
    organisations: v.organisations ? choices.organisations : null,
    themes: termOptions(choices.terms, 'theme', locale),
    targetGroups: termOptions(choices.terms, 'target_group', locale),
    abcd: termOptions(choices.terms, 'abcd', locale),
    kinds: v.kinds,
  };
}
