import { z } from 'zod';
import { channels } from '../initiatives.ts';

// The zod schemas of intake: the API documents them (documented()) and the forms parse their
// fields into them. Messages are catalogue keys (see core/validation.ts).

const text = (max: number) => z.string().trim().max(max);
/** '' and null from a form mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
const coordinate = (min: number, max: number) =>
  optional(z.coerce.number('validation.number').min(min, 'validation.number').max(max, 'validation.number'));

/** Euros as typed in a form ("250", "250,50", "1.250") or a number; '' is none. */
const euros = z.preprocess((v) => {
  if (v === '' || v === null || v === undefined) return undefined;
  if (typeof v !== 'string') return v;
  const s = v.trim().replace(/[€\s]/g, '');
  return /,\d{1,2}$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(/[.,](?=\d{3}(\D|$))/g, '');
}, z.coerce
  .number('validation.number')
  .min(0, 'validation.number')
  .max(1_000_000, 'validation.number')
  .optional());

const consent = z.preprocess(
  (v) =>
    v === 'yes' || v === 'true' || v === 'on' ? true : v === '' || v === 'no' || v === 'false' ? false : v,
  z.boolean().default(false),
);

export const submitItemInput = z.object({
  /** How it reached us: web (the public form), api, open311; staff: phone, counter, street, email. */
  channel: z.enum(channels).default('web'),
  categoryId: z.uuid('validation.choice'),
  /** A short title; when empty the first words of the description are used. */
  title: optional(text(120)),
  description: text(5000).min(10),
  /** CBS code of the buurt (or wijk); may be left out when a point is given inside the municipality. */
  areaCode: optional(text(20)),
  lon: coordinate(-180, 180),
  lat: coordinate(-90, 90),
  address: optional(text(300)),
  contactName: optional(text(200)),
  contactEmail: optional(text(320).pipe(z.email('validation.email'))),
  contactPhone: optional(text(40).regex(/^[+0-9 ()-]{6,40}$/)),
  /** The resident agrees that the contact details are kept to keep them informed (required with any). */
  consent,
  /** Initiatives with a budget request: the amount asked for, in euros. */
  requestedEuros: euros,
  /** Answers to the category's extra questions (Open311 attributes), by attribute code. */
  attributeValues: z
    .record(z.string().max(60), z.union([z.string().max(2000), z.array(z.string().max(200))]))
    .default({}),
  locale: z.enum(['nl', 'en']).optional(),
  /** The same key twice creates one item (double click, retry). */
  idempotencyKey: optional(text(100).min(8, 'validation.invalid')),
  /** Hidden in forms; people leave it empty, bots fill it in. */
  honeypot: z.string().max(2000).optional(),
});
export type SubmitItemInput = z.input<typeof submitItemInput>;
export type SubmitItemData = z.output<typeof submitItemInput>;

/** A file as it arrived (a form's File or an API part), before anything is trusted. */
export interface Upload {
  name: string;
  /** What the client said it is; only a hint — the bytes decide. */
  type: string;
  bytes: Uint8Array;
}

export const maxFileBytes = 5 * 1024 * 1024;
export const maxPhotos = 3;
/** Longest side of a stored photo. */
export const maxPhotoSide = 2000;
