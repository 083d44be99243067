import { z } from 'zod';

// What a voice is made of when someone adds one; the page's form and the API share it.
export const addVoiceInput = z.object({
  quote: z.string().trim().min(1).max(400),
  attribution: z.string().trim().min(1).max(120),
  /** Null or absent: the quote is about the plan as a whole. */
  itemId: z.uuid().nullable().optional(),
  /** The speaker agreed to being quoted under this name; the service stores nothing without it. */
  consent: z.boolean().optional(),
});
export type AddVoiceInput = z.input<typeof addVoiceInput>;
