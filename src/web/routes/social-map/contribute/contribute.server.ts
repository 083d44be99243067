import { data } from 'react-router';
import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import { DomainError, type FieldError, RateLimitedError, ValidationError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import { listTaxonomy, termLabel } from '../../../../modules/social-map/taxonomy.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import type { SelectOption } from '../../../components/form-field.tsx';
import type { TermOption } from '../../../components/social-map/asset-fields.tsx';

// What the contribution pages share on the server: the choices of the form, translated field
// errors, and the friendly answer to a link that is no longer valid.

export interface FormChoices {
  themes: TermOption[];
  targetGroups: TermOption[];
  areas: SelectOption[];
}

/** Themes and target groups of the municipality, and its wijken and buurten in tree order. */
export async function formChoices(rc: RequestContext): Promise<FormChoices> {
  const [terms, areas] = await Promise.all([
    listTaxonomy(rc.app.db, rc.municipality.id),
    listAreas(rc.app.db, rc.actor, { limit: 5000 }),
  ]);
  const of = (vocabulary: 'theme' | 'target_group') =>
    terms
      .filter((t) => t.vocabulary === vocabulary)
      .map((t) => ({ code: t.code, label: termLabel(t, rc.locale) }));
  const places = treeOrder(areas.items).filter((a) => a.kind === 'wijk' || a.kind === 'buurt');
  const top = Math.min(...places.map((a) => a.depth));
  return {
    themes: of('theme'),
    targetGroups: of('target_group'),
    areas: places.map((a) => ({
      value: a.code,
      // Indented by depth, so the buurten show under their wijk.
      label: `${'\u00a0\u00a0'.repeat(a.depth - top)}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
    })),
  };
}

/** Field errors in the visitor's language; the first error of a field wins. */
export function translateFieldErrors(
  errors: readonly FieldError[],
  locale: Locale,
  fieldOf: (path: string) => string = (p) => p,
): FieldErrors {
  const out: FieldErrors = {};
  for (const f of errors) out[fieldOf(f.field)] ??= translate(locale, f.key, f.params ?? {});
  return out;
}

/** A link from an e-mail that is wrong or expired: a page that says so, with status 410 or 404. */
export function invalidLink(locale: Locale, status: 404 | 410 = 410) {
  return data(
    { invalidLink: true as const, message: translate(locale, 'socialMap.error.invalidLink') },
    { status },
  );
}

/** An action's error a form can show: validation (400), too many requests (429), a domain message (400). */
export function isFormError(error: unknown): error is DomainError {
  return (
    error instanceof ValidationError || error instanceof RateLimitedError || error instanceof DomainError
  );
}

export function statusOf(error: DomainError): number {
  if (error instanceof RateLimitedError) return 429;
  return 400;
}

export function retryHeaders(error: DomainError): Record<string, string> {
  return error instanceof RateLimitedError ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
}
