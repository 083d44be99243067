import { data } from 'react-router';
import {
  DomainError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '../../core/errors.ts';
import { type Locale, translate } from '../../core/i18n/i18n.ts';
import { ForbiddenError } from '../../core/permissions/can.ts';
import type { FieldErrors } from './error-summary.tsx';

// Turns service errors into what a page shows: a 404/403 error page for loaders, or messages next
// to the form for actions. Anything unexpected is rethrown and becomes the friendly 500 page.

/** For loaders: rethrow a known error as an HTTP error response for the error boundary. */
export function throwAsRouteError(error: unknown): never {
  if (error instanceof NotFoundError) throw data(null, { status: 404 });
  if (error instanceof ForbiddenError || error instanceof UnauthenticatedError)
    throw data(null, { status: 403 });
  throw error;
}

export interface FormFailure {
  /** A message for the whole form (shown as the error summary's heading). */
  message?: string;
  /** Translated messages per field name. */
  fieldErrors?: FieldErrors;
  /** What the user typed, so the form can show it again (never passwords). */
  values?: Record<string, string>;
}

export function fieldErrorsOf(error: ValidationError, locale: Locale): FieldErrors {
  const out: FieldErrors = {};
  for (const f of error.fieldErrors) out[f.field] ??= translate(locale, f.key, f.params ?? {});
  return out;
}

/** For actions: a 400/429 answer with translated messages, or a rethrow for what a form cannot fix. */
export function formFailure(error: unknown, locale: Locale, values?: Record<string, string>) {
  if (error instanceof ValidationError) {
    return data<FormFailure>(
      {
        message: translate(locale, 'common.formErrors'),
        fieldErrors: fieldErrorsOf(error, locale),
        ...(values ? { values } : {}),
      },
      { status: 400 },
    );
  }
  if (error instanceof RateLimitedError) {
    return data<FormFailure>(
      { message: translate(locale, error.key, error.params), ...(values ? { values } : {}) },
      { status: 429, headers: { 'Retry-After': String(error.retryAfterSeconds) } },
    );
  }
  if (
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof UnauthenticatedError
  ) {
    throwAsRouteError(error);
  }
  if (error instanceof DomainError) {
    return data<FormFailure>(
      { message: translate(locale, error.key, error.params), ...(values ? { values } : {}) },
      { status: 400 },
    );
  }
  throw error;
}

/** A string field of a submitted form ('' when absent or a file). */
export function formString(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}
