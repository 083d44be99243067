import { z } from 'zod';
import { ValidationError } from '../../core/errors.ts';
import { toFieldErrors } from '../../core/validation.ts';
import {
  type AssetContent,
  accessibilityFeatures,
  assetKinds,
  contactTypes,
  formalities,
  linkRelations,
  locationTypes,
} from './asset.ts';
import { scheduleSchema } from './schedule/schedule.ts';

// The zod schemas of an asset's content, shared by create, submit and update (and by the forms
// and the API that will call them). Cross-field rules live here too, so every door checks the same.

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const webUrl = z.url({ protocol: /^https?$/, error: 'validation.url' }).max(2000);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'socialMap.validation.date')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'socialMap.validation.date');
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/, 'validation.choice');

export const contactChannelInput = z
  .object({ type: z.enum(contactTypes), value: text(300).min(1) })
  .superRefine((c, ctx) => {
    if (c.type === 'email' && !z.email().safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.email' });
    }
    if (c.type === 'website' && !webUrl.safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.url' });
    }
  });

/** Every content field. No defaults here: an update names only what it changes; create fills the rest. */
export const contentFields = {
  formality: z.enum(formalities),
  title: text(200).min(1),
  summary: text(500),
  description: text(10_000),
  /** The area code (buurt, wijk, …); without it the area is found from the point, else the whole municipality. */
  areaCode: z.string().trim().max(20).nullable(),
  organisationId: z.uuid({ error: 'validation.invalid' }).nullable(),
  themes: z.array(code).max(20),
  targetGroups: z.array(code).max(20),
  abcdCategories: z.array(code).max(6),
  locationType: z.enum(locationTypes),
  address: z
    .object({
      street: text(200).min(1),
      postalCode: z
        .string()
        .trim()
        .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, 'socialMap.validation.postalCode')
        .transform((v) => `${v.slice(0, 4)} ${v.slice(-2).toUpperCase()}`),
      city: text(100).min(1),
    })
    .nullable(),
  point: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable(),
  onlineUrl: webUrl.nullable(),
  schedules: z.array(scheduleSchema).max(20),
  scheduleNote: optionalText(300),
  costFree: z.boolean(),
  costText: optionalText(300),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'validation.choice')).max(20),
  accessibility: z.array(z.enum(accessibilityFeatures)).max(accessibilityFeatures.length),
  contact: z.array(contactChannelInput).max(10),
  photoUrl: webUrl.nullable(),
  photoAlt: optionalText(300),
  validFrom: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  links: z
    .array(z.object({ relation: z.enum(linkRelations), assetId: z.uuid({ error: 'validation.invalid' }) }))
    .max(20),
};

const optionalContent = z.object(contentFields).partial();
export type ContentPatch = z.output<typeof optionalContent>;

/** Rules between fields, checked on the complete content (after an update is merged in). */
export function crossFieldIssues(c: AssetContent): Array<{ field: string; key: string }> {
  const issues: Array<{ field: string; key: string }> = [];
  if (c.locationType === 'address' && !c.address)
    issues.push({ field: 'address', key: 'validation.required' });
  if (c.locationType === 'online' && !c.onlineUrl)
    issues.push({ field: 'onlineUrl', key: 'validation.required' });
  if (c.validFrom && c.validUntil && c.validUntil < c.validFrom) {
    issues.push({ field: 'validUntil', key: 'socialMap.validation.untilBeforeFrom' });
  }
  if (!c.costFree && !c.costText) issues.push({ field: 'costText', key: 'validation.required' });
  if (c.photoUrl && !c.photoAlt) issues.push({ field: 'photoAlt', key: 'validation.required' });
  return issues;
}

export const createAssetInput = optionalContent.extend({
  kind: z.enum(assetKinds),
  title: text(200).min(1),
  changeNote: text(500).optional(),
});
export type CreateAssetInput = z.input<typeof createAssetInput>;
export type CreateAssetData = z.output<typeof createAssetInput>;

/** A resident without an account: the content plus who they are, and two spam defences. */
export const submitAssetInput = createAssetInput.extend({
  kind: z.enum(assetKinds).refine((k) => k !== 'key_person', 'validation.choice'),
  submitterName: optionalText(200),
  submitterEmail: z.email({ error: 'validation.email' }).max(320),
  locale: z.enum(['nl', 'en']).optional(),
  /** Must stay empty: a field people do not see and bots fill in. */
  honeypot: z.string().max(1000).optional(),
  /** The same key twice submits once (a double click, a retried request). */
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});
export type SubmitAssetInput = z.input<typeof submitAssetInput>;

/** An update names only the fields it changes; the kind never changes. */
export const updateAssetInput = optionalContent.extend({
  changeNote: text(500).optional(),
  /** The revision the writer started from: a change on top of a newer one is a conflict. */
  expectedRevisionId: z.uuid().nullish(),
});
export type UpdateAssetInput = z.input<typeof updateAssetInput>;

/**
 * parseInput, keeping the module's own message keys ('socialMap.…') that the core mapping
 * does not know about.
 */
export function parseSocialMapInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const errors = toFieldErrors(result.error).map((e, i) => {
    const message = issues[i]?.message ?? '';
    return message.startsWith('socialMap.') ? { field: e.field, key: message } : e;
  });
  throw new ValidationError(errors);
}
