import { z } from 'zod';
import { feedStates } from './feeds.tables.ts';

// The input of registering and changing a feed, shared by the API and the pages.

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,60}$/, 'validation.choice');

export const feedUrl = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(2000)
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'sm.feeds.validation.url')
  // webcal:// is how calendar apps link a feed; it is plain http(s) underneath.
  .or(
    z
      .string()
      .trim()
      .regex(/^webcals?:\/\/\S+$/i)
      .transform((v) => v.replace(/^webcal/i, 'https')),
  );

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
