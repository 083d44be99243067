import { z } from 'zod';
import { organisationKinds } from './organisation.ts';

// The fields of an organisation as forms and the API send them. Blank optional fields become
// null, so a form that leaves "phone" empty clears it.

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

const nullableText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max).nullable());

export const organisationFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(organisationKinds),
  sector: nullableText(100),
  description: z.string().trim().max(2000),
  email: z.preprocess((v) => blankToNull(trimmed(v)), z.email().max(320).nullable()),
  phone: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(40)
      .regex(/^[0-9+()\-\s]+$/)
      .nullable(),
  ),
  website: z.preprocess(
    (v) => blankToNull(trimmed(v)),
    z
      .url({ protocol: /^https?$/ })
      .max(500)
      .nullable(),
  ),
  areaCodes: z.array(z.string().trim().min(1).max(20)).max(500),
};
