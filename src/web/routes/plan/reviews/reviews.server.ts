import type { RouterContextProvider } from 'react-router';
import { getRequestContext, type RequestContext } from '../../../../core/http/request-context.ts';
import { type Locale, translate } from '../../../../core/i18n/i18n.ts';
import { signedInContext } from '../../admin/admin.server.ts';

// What the review and version pages share on the server.

/** Pages that only read: anyone the plan is readable for (a public adopted plan: everyone). */
export function readContext(context: Readonly<RouterContextProvider>): RequestContext {
  return getRequestContext(context);
}

/** Actions: a signed-in person (others go to the sign-in page and come back). */
export function writeContext(context: Readonly<RouterContextProvider>, request: Request): RequestContext {
  return signedInContext(context, request);
}

/** The confirmation of the last action (?saved=…), when it is one of ours. */
export function savedMessage(
  url: URL,
  locale: Locale,
  known: readonly string[],
  params: Record<string, string | number> = {},
): string | null {
  const flag = url.searchParams.get('saved');
  return flag && known.includes(flag) ? translate(locale, `plan.review.saved.${flag}`, params) : null;
}
