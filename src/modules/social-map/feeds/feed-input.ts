import { z } from 'zod';
import { ValidationError } from '../../../core/errors.ts';
import { toFieldErrors } from '../../../core/validation.ts';
import { feedStates } from './feeds.tables.ts';

// The input of registering and changing a feed, shared by the API and the pages.

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/, 'validation.choice');

function isHttpUrl(v: string): boolean {
  try {
    const url = new URL(v);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const feedUrl = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(2000)
  // webcal:// is how calendar apps link a feed; it is https underneath.
  .transform((v) => v.replace(/^webcals?:\/\//i, 'https://'))
  .refine(isHttpUrl, 'sm.feeds.validation.url');

export const feedFields = {
  name: z.string().trim().min(1, 'validation.required').max(200),
  url: feedUrl,
  /** The organisation that owns the feed; without it the feed is the registering person's. */
  organisationId: z.uuid({ error: 'validation.invalid' }).nullable(),
  /** Where the items land (an area code); without it the whole municipality. */
  areaCode: z.string().trim().max(20).nullable(),
  themes: z.array(code).max(20),
  targetGroups: z.array(code).max(20),
  intervalMinutes: z
    .number()
    .int()
    .min(15, 'sm.feeds.validation.interval')
    .max(10_080, 'sm.feeds.validation.interval'),
};

export const registerFeedInput = z.object({
  name: feedFields.name,
  url: feedFields.url,
  organisationId: feedFields.organisationId.optional(),
  areaCode: feedFields.areaCode.optional(),
  themes: feedFields.themes.optional(),
  targetGroups: feedFields.targetGroups.optional(),
  intervalMinutes: feedFields.intervalMinutes.optional(),
});
export type RegisterFeedInput = z.input<typeof registerFeedInput>;

/** The owner never changes; everything else may. */
export const updateFeedInput = z.object({
  name: feedFields.name.optional(),
  url: feedFields.url.optional(),
  areaCode: feedFields.areaCode.optional(),
  themes: feedFields.themes.optional(),
  targetGroups: feedFields.targetGroups.optional(),
  intervalMinutes: feedFields.intervalMinutes.optional(),
});
export type UpdateFeedInput = z.input<typeof updateFeedInput>;

export const feedStateFilter = z.enum(feedStates);

/** parseInput, keeping this part's own message keys ('sm.feeds.…'). */
export function parseFeedInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  throw new ValidationError(
    toFieldErrors(result.error).map((e, i) => {
      const message = issues[i]?.message ?? '';
      return message.startsWith('sm.feeds.') ? { field: e.field, key: message } : e;
    }),
  );
}
