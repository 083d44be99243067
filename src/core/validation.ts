import type { z } from 'zod';
import { type FieldError, ValidationError } from './errors.ts';

// zod at every boundary; its issues become field errors with message-catalogue keys,
// so forms and the API explain in the user's language what to fix.

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue): FieldError => {
    const field = issue.path.map(String).join('.') || '_';
    if (issue.message.startsWith('error.') || issue.message.startsWith('validation.')) {
      return { field, key: issue.message };
    }
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1)
          return { field, key: 'validation.required' };
        return { field, key: 'validation.tooShort', params: { min: Number(issue.minimum) } };
      case 'too_big':
        return { field, key: 'validation.tooLong', params: { max: Number(issue.maximum) } };
      case 'invalid_format':
        if (issue.format === 'email') return { field, key: 'validation.email' };
        if (issue.format === 'url') return { field, key: 'validation.url' };
        return { field, key: 'validation.invalid' };
      case 'invalid_value':
        return { field, key: 'validation.choice' };
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null || issue.input === '')
          return { field, key: 'validation.required' };
        if (issue.expected === 'number') return { field, key: 'validation.number' };
        return { field, key: 'validation.invalid' };
      default:
        return { field, key: 'validation.invalid' };
    }
  });
}

/** Parse or throw a ValidationError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(toFieldErrors(result.error));
  return result.data;
}
