import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
} from '../errors.ts';
import { type Locale, translate } from '../i18n/i18n.ts';
import { ForbiddenError } from '../permissions/can.ts';

// application/problem+json (RFC 9457) as the NL GOV API Design Rules require:
// status, title, detail, and for 400 the field errors ("invalidParams").

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  invalidParams?: Array<{ name: string; reason: string; code: string }>;
}

export function problemResponse(
  c: Context,
  problem: Problem,
  headers: Record<string, string> = {},
): Response {
  return c.body(
    JSON.stringify({ type: 'about:blank', ...problem, instance: problem.instance ?? c.req.path }),
    problem.status as ContentfulStatusCode,
    {
      'Content-Type': 'application/problem+json',
      ...headers,
    },
  );
}

const titles: Record<number, [string, string]> = {
  400: ['Ongeldige invoer', 'Bad request'],
  401: ['Niet ingelogd', 'Unauthorized'],
  403: ['Geen toegang', 'Forbidden'],
  404: ['Niet gevonden', 'Not found'],
  405: ['Methode niet toegestaan', 'Method not allowed'],
  409: ['Conflict', 'Conflict'],
  412: ['Voorwaarde niet vervuld', 'Precondition failed'],
  413: ['Te groot', 'Payload too large'],
  415: ['Mediatype niet ondersteund', 'Unsupported media type'],
  422: ['Niet verwerkbaar', 'Unprocessable content'],
  428: ['Voorwaarde vereist', 'Precondition required'],
  429: ['Te veel verzoeken', 'Too many requests'],
  500: ['Interne fout', 'Internal server error'],
};

export function titleFor(status: number, locale: Locale): string {
  const [nl, en] = titles[status] ?? ['Interne fout', 'Internal server error'];
  return locale === 'nl' ? nl : en;
}

/** Maps any error to a problem; unknown errors become a 500 without internals. */
export function problemFromError(
  error: unknown,
  locale: Locale,
): { problem: Problem; headers: Record<string, string> } {
  const p = (status: number, detail: string, extra: Partial<Problem> = {}): Problem => ({
    status,
    title: titleFor(status, locale),
    detail,
    ...extra,
  });
  if (error instanceof ValidationError) {
    return {
      problem: p(400, translate(locale, error.key, error.params), {
        invalidParams: error.fieldErrors.map((f) => ({
          name: f.field,
          code: f.key,
          reason: translate(locale, f.key, f.params),
        })),
      }),
      headers: {},
    };
  }
  if (error instanceof NotFoundError)
    return { problem: p(404, translate(locale, 'error.notFound')), headers: {} };
  if (error instanceof ForbiddenError)
    return { problem: p(403, translate(locale, 'error.forbidden')), headers: {} };
  if (error instanceof UnauthenticatedError)
    return { problem: p(401, translate(locale, error.key)), headers: { 'WWW-Authenticate': 'Bearer' } };
  if (error instanceof RateLimitedError) {
    return {
      problem: p(429, translate(locale, error.key, error.params)),
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    };
  }
  if (error instanceof ConflictError)
    return { problem: p(409, translate(locale, error.key, error.params)), headers: {} };
  if (error instanceof DomainError)
    return { problem: p(422, translate(locale, error.key, error.params)), headers: {} };
  return { problem: p(500, translate(locale, 'error.server.body')), headers: {} };
}
