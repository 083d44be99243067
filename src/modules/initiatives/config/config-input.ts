import { z } from 'zod';
import { ValidationError } from '../../../core/errors.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { dayTypes } from './config.ts';

// What the config services accept, from the API (JSON: booleans, numbers, arrays) and from the
// admin pages (form strings): the helpers below read both, so both paths validate the same way.

const truthy = new Set(['true', 'on', 'yes', '1']);
const falsy = new Set(['false', 'off', 'no', '0', '']);

/** A boolean, or a form's 'true'/'on'/'yes'/'1' and 'false'/''/… */
export const boolField = z.preprocess((v) => {
  if (typeof v === 'string') {
    if (truthy.has(v)) return true;
    if (falsy.has(v)) return false;
  }
  return v;
}, z.boolean());

/** A whole number, or its digits from a form ('' counts as missing). */
export const intField = (min: number, max: number) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    const s = v.trim();
    if (s === '') return undefined;
    return /^-?\d{1,9}$/.test(s) ? Number(s) : v;
  }, z.number().int().min(min).max(max));

/** Optional text: empty becomes null. */
export const nullableText = (max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v),
    z.string().trim().max(max).nullable(),
  );

/** An optional id: empty becomes null. */
export const nullableId = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v),
  z.uuid().nullable(),
);

const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const kindCodePattern = /^[a-z][a-z0-9-]{1,39}$/;
export const categoryCodePattern = /^[a-z][a-z0-9-]{1,59}$/;
export const attributeCodePattern = /^[a-z][a-z0-9_]{0,39}$/;

// ---- settings ----

/** A change of settings: the fields sent, and the version it starts from (0: never saved). */
export const settingsInput = z.object({
  liberationDayOff: boolField.optional(),
  escalationWorkingDays: intField(0, 60).optional(),
  reopenDays: intField(0, 90).optional(),
  retentionDays: intField(30, 3650).optional(),
  publicMap: boolField.optional(),
  version: intField(0, 1_000_000_000),
});
export type SettingsInput = z.input<typeof settingsInput>;

// ---- kinds ----

const kindFields = {
  name: requiredText(100),
  nameEn: nullableText(100),
  description: z.string().trim().max(1000),
  descriptionEn: nullableText(1000),
  budgetRequest: boolField,
  position: intField(0, 9999),
  active: boolField,
};

export const createKindInput = z.object({
  code: z.string().trim().regex(kindCodePattern, 'initiatives.config.error.kindCode'),
  name: kindFields.name,
  nameEn: kindFields.nameEn.optional(),
  description: kindFields.description.default(''),
  descriptionEn: kindFields.descriptionEn.optional(),
  budgetRequest: kindFields.budgetRequest.default(false),
  position: kindFields.position.optional(),
  active: kindFields.active.default(true),
});
export type CreateKindInput = z.input<typeof createKindInput>;

export const updateKindInput = z.object({
  name: kindFields.name.optional(),
  nameEn: kindFields.nameEn.optional(),
  description: kindFields.description.optional(),
  descriptionEn: kindFields.descriptionEn.optional(),
  budgetRequest: kindFields.budgetRequest.optional(),
  position: kindFields.position.optional(),
  active: kindFields.active.optional(),
});
export type UpdateKindInput = z.input<typeof updateKindInput>;

// ---- categories ----

export const attributeDatatypes = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

export const attributeInput = z
  .object({
    code: z.string().trim().regex(attributeCodePattern, 'initiatives.config.error.attributeCode'),
    datatype: z.enum(attributeDatatypes),
    required: boolField.default(false),
    description: requiredText(300),
    descriptionEn: nullableText(300).optional(),
    values: z
      .array(z.object({ key: requiredText(60), name: requiredText(120) }))
      .max(50)
      .optional(),
  })
  .superRefine((a, ctx) => {
    const list = a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist';
    if (list && (a.values ?? []).length === 0)
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'initiatives.config.error.attributeValues' });
    const keys = (a.values ?? []).map((v) => v.key);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'initiatives.config.error.attributeValueKeys',
      });
  });

/** Keywords as a list, or one comma-separated line from a form. */
const keywordsField = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : v,
  z.array(z.string().trim().min(1).max(40)).max(30),
);

const categoryFields = {
  kindId: z.uuid(),
  name: requiredText(120),
  nameEn: nullableText(120),
  help: z.string().trim().max(2000),
  helpEn: nullableText(2000),
  nextSteps: z.string().trim().max(2000),
  nextStepsEn: nullableText(2000),
  ownerOrganisationId: z.uuid(),
  handlingDays: intField(1, 365),
  dayType: z.enum(dayTypes as ['working', 'calendar']),
  keywords: keywordsField,
  attributes: z.array(attributeInput).max(20),
  onPublicMap: boolField,
  active: boolField,
  position: intField(0, 9999),
};

export const createCategoryInput = z.object({
  code: z.string().trim().regex(categoryCodePattern, 'initiatives.config.error.categoryCode'),
  kindId: categoryFields.kindId,
  name: categoryFields.name,
  nameEn: categoryFields.nameEn.optional(),
  help: categoryFields.help.default(''),
  helpEn: categoryFields.helpEn.optional(),
  nextSteps: categoryFields.nextSteps.default(''),
  nextStepsEn: categoryFields.nextStepsEn.optional(),
  ownerOrganisationId: categoryFields.ownerOrganisationId,
  handlingDays: categoryFields.handlingDays,
  dayType: categoryFields.dayType.default('working'),
  keywords: categoryFields.keywords.default([]),
  attributes: categoryFields.attributes.default([]),
  onPublicMap: categoryFields.onPublicMap.default(false),
  active: categoryFields.active.default(true),
  position: categoryFields.position.optional(),
});
export type CreateCategoryInput = z.input<typeof createCategoryInput>;

export const updateCategoryInput = z.object({
  kindId: categoryFields.kindId.optional(),
  name: categoryFields.name.optional(),
  nameEn: categoryFields.nameEn.optional(),
  help: categoryFields.help.optional(),
  helpEn: categoryFields.helpEn.optional(),
  nextSteps: categoryFields.nextSteps.optional(),
  nextStepsEn: categoryFields.nextStepsEn.optional(),
  ownerOrganisationId: categoryFields.ownerOrganisationId.optional(),
  handlingDays: categoryFields.handlingDays.optional(),
  dayType: categoryFields.dayType.optional(),
  keywords: categoryFields.keywords.optional(),
  attributes: categoryFields.attributes.optional(),
  onPublicMap: categoryFields.onPublicMap.optional(),
  active: categoryFields.active.optional(),
  position: categoryFields.position.optional(),
  version: intField(1, 1_000_000_000),
});
export type UpdateCategoryInput = z.input<typeof updateCategoryInput>;

// ---- routing rules ----

const areaCodeField = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v),
  z.string().trim().max(40).nullable(),
);

export const createRuleInput = z.object({
  kindId: nullableId.optional(),
  categoryId: nullableId.optional(),
  areaCode: areaCodeField.optional(),
  targetOrganisationId: z.uuid(),
  targetPersonId: nullableId.optional(),
  note: z.string().trim().max(500).default(''),
  active: boolField.default(true),
});
export type CreateRuleInput = z.input<typeof createRuleInput>;

export const updateRuleInput = z.object({
  kindId: nullableId.optional(),
  categoryId: nullableId.optional(),
  areaCode: areaCodeField.optional(),
  targetOrganisationId: z.uuid().optional(),
  targetPersonId: nullableId.optional(),
  note: z.string().trim().max(500).optional(),
  active: boolField.optional(),
  version: intField(1, 1_000_000_000),
});
export type UpdateRuleInput = z.input<typeof updateRuleInput>;

export const moveRuleInput = z.object({
  direction: z.enum(['up', 'down']),
  version: intField(1, 1_000_000_000).optional(),
});
export type MoveRuleInput = z.input<typeof moveRuleInput>;

export const reorderRulesInput = z.object({
  ruleIds: z.array(z.uuid()).min(1).max(1000),
});
export type ReorderRulesInput = z.input<typeof reorderRulesInput>;

/** "Where would this go?": a category (its kind follows from it) and an area. */
export const routeTestInput = z.object({
  categoryId: z.uuid(),
  areaCode: z.string().trim().min(1).max(40),
});
export type RouteTestInput = z.input<typeof routeTestInput>;

// ---- message templates ----

export const templateInput = z.object({
  subject: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((s) => !/[\r\n]/.test(s), 'initiatives.config.error.subjectOneLine'),
  body: z.string().trim().min(1).max(5000),
});
export type TemplateInput = z.input<typeof templateInput>;

/**
 * parseInput with this part's own message keys: a refinement or pattern whose message is an
 * 'initiatives.' key keeps that key (the core only passes 'error.' and 'validation.' keys on).
 */
export function parseConfigInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const own = (m: string) => m.startsWith('initiatives.');
  const path = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.') || '_';
  const errors = result.error.issues.map((issue) => {
    if (own(issue.message)) return { field: path(issue), key: issue.message };
    // zod leaves the input out of its issues: look it up, so "not a number" is not "required".
    if (issue.code === 'invalid_type') {
      const raw = issue.path.reduce<unknown>(
        (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
        input,
      );
      const missing = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
      const numeric = issue.expected === 'number' || issue.expected === 'int';
      return {
        field: path(issue),
        key: missing ? 'validation.required' : numeric ? 'validation.number' : 'validation.invalid',
      };
    }
    return toFieldErrors(new z.ZodError([issue]))[0] ?? { field: path(issue), key: 'validation.invalid' };
  });
  throw new ValidationError(errors);
}
