import { treeOrder } from '../../../../core/areas/area-tree.ts';
import { listAreas } from '../../../../core/areas/list-areas.ts';
import type { FieldError } from '../../../../core/errors.ts';
import type { RequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import {
  listCategories,
  listKinds,
  localDescription,
  localHelp,
  localName,
  localNextSteps,
} from '../../../../modules/initiatives/config/list-categories.ts';
import { maxFileBytes, maxPhotos, type Upload } from '../../../../modules/initiatives/intake/intake-input.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import type { FieldErrors } from '../../../components/error-summary.tsx';
import type { SelectOption } from '../../../components/form-field.tsx';
import type { Bounds, CategoryChoice, KindChoice } from './item-form.tsx';

// What the intake pages share on the server: the kinds and categories in the reader's language,
// the area choices, reading the (multipart) form into the service's input, and field errors
// mapped to the form's field names.

export async function kindChoices(rc: RequestContext): Promise<KindChoice[]> {
  const m = rc.municipality.id;
  const [kinds, categories] = await Promise.all([
    listKinds(rc.app.db, m, { activeOnly: true }),
    listCategories(rc.app.db, m, { activeOnly: true }),
  ]);
  return kinds.map((k) => ({
    id: k.id,
    code: k.code,
    name: localName(k, rc.locale),
    description: localDescription(k, rc.locale),
    budgetRequest: k.budgetRequest,
    categories: categories
      .filter((c) => c.kindId === k.id)
      .map(
        (c): CategoryChoice => ({
          id: c.id,
          name: localName(c, rc.locale),
          help: localHelp(c, rc.locale),
          nextSteps: localNextSteps(c, rc.locale),
          handlingDays: c.handlingDays,
          dayType: c.dayType,
          attributes: c.attributes.map((a) => ({
            code: a.code,
            datatype: a.datatype,
            required: a.required,
            label: rc.locale === 'en' && a.descriptionEn ? a.descriptionEn : a.description,
            values: a.values ?? [],
          })),
        }),
      ),
  }));
}

/** Buurten and wijken in tree order, indented by depth, and the box around them (for the map). */
export async function placeChoices(
  rc: RequestContext,
): Promise<{ areas: SelectOption[]; bounds: Bounds | null }> {
  const all = await listAreas(rc.app.db, rc.actor, { limit: 5000 });
  const places = treeOrder(all.items).filter((a) => a.kind === 'wijk' || a.kind === 'buurt');
  const top = Math.min(...places.map((a) => a.depth));
  let bounds: Bounds | null = null;
  for (const a of places) {
    if (!a.bbox) continue;
    const [w, s, e, n] = a.bbox;
    bounds = bounds
      ? [Math.min(bounds[0], w), Math.min(bounds[1], s), Math.max(bounds[2], e), Math.max(bounds[3], n)]
      : [w, s, e, n];
  }
  return {
    areas: places.map((a) => ({
      value: a.code,
      label: `${'\u00a0\u00a0'.repeat(Math.max(0, a.depth - top))}${a.name} (${translate(rc.locale, `area.kind.${a.kind}`)})`,
    })),
    bounds,
  };
}

/** The text fields a failed form shows again (never files, never the CSRF token). */
export type FormValues = Record<string, string>;

export interface ReadForm {
  input: Record<string, unknown>;
  uploads: Upload[];
  values: FormValues;
}

/** The form's fields as the service's input: attribute[code] → attributeValues, photos → uploads. */
export async function readItemForm(form: FormData): Promise<ReadForm> {
  const input: Record<string, unknown> = {};
  const values: FormValues = {};
  const attributeValues: Record<string, string[]> = {};
  const uploads: Upload[] = [];
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') {
      // An empty file input still sends a part without a name.
      if (key === 'photos' && (value.size > 0 || value.name))
        uploads.push({
          name: value.name,
          type: value.type,
          bytes: new Uint8Array(await value.arrayBuffer()),
        });
      continue;
    }
    if (key === '_csrf' || key === 'intent') continue;
    const attribute = key.match(/^attribute\[([^\]]{1,60})\]$/)?.[1];
    if (attribute) attributeValues[attribute] = [...(attributeValues[attribute] ?? []), value];
    else input[key] = value;
    values[key] = values[key] === undefined ? value : `${values[key]},${value}`;
  }
  input.attributeValues = Object.fromEntries(
    Object.entries(attributeValues).map(([k, v]) => [k, v.length === 1 ? (v[0] as string) : v]),
  );
  return { input, uploads, values };
}

/** Refused before the body is read: more than the photos and some text could ever be. */
export const maxRequestBytes = maxPhotos * maxFileBytes + 1024 * 1024;

/** What a refused item form answers: the page shows the message and the errors beside the fields. */
export interface ItemFormFailure {
  message: string;
  fieldErrors: FieldErrors;
  values: FormValues;
  photosLost: boolean;
}

/**
 * Reads a posted item form (the public form and registering on behalf), bounded before reading:
 * the form, or the failure to answer with (413 too large, 400 cut off halfway or not a form).
 */
export async function readItemRequest(
  request: Request,
  locale: Locale,
): Promise<{ read: ReadForm } | { failure: ItemFormFailure; status: number }> {
  if (Number(request.headers.get('content-length') ?? 0) > maxRequestBytes) {
    const message = translate(locale, 'initiatives.intake.error.requestTooLarge');
    return {
      failure: { message, fieldErrors: { photos: message }, values: {}, photosLost: true },
      status: 413,
    };
  }
  try {
    return { read: await readItemForm(await request.formData()) };
  } catch {
    const message = translate(locale, 'common.formErrors');
    return { failure: { message, fieldErrors: {}, values: {}, photosLost: true }, status: 400 };
  }
}

/** Service field paths → form field names ('attributeValues.kleur' → 'attribute[kleur]'). */
export function fieldOf(path: string): string {
  const attribute = path.match(/^attributeValues\.(.+)$/)?.[1];
  if (attribute) return `attribute[${attribute}]`;
  if (path === 'lon' || path === 'lat') return 'areaCode';
  return path;
}

export function translateErrors(errors: readonly FieldError[], locale: Locale): FieldErrors {
  const out: FieldErrors = {};
  for (const f of errors) {
    const field = fieldOf(f.field);
    const text = translate(locale, f.key, f.params ?? {});
    // Several photos can each be wrong: say all of them.
    out[field] = out[field] && field === 'photos' ? `${out[field]} ${text}` : (out[field] ?? text);
  }
  return out;
}
