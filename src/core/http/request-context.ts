import { createContext, type RouterContextProvider } from 'react-router';
import type { AppContext } from '../app-context.ts';
import type { RequestMeta, ServiceContext } from '../audit/write.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { Municipality } from '../municipalities/municipality.ts';
import type { Actor } from '../permissions/actor.ts';
import { processWide } from '../process-wide.ts';

// What one request knows: the tenant, who is acting, the language, the CSRF token.
// Built by the Hono middleware and handed to React Router loaders and actions.

export interface Viewer {
  personId: string;
  name: string;
  email: string;
}

export interface RequestContext {
  app: AppContext;
  municipality: Municipality;
  actor: Actor;
  viewer: Viewer | null;
  locale: Locale;
  csrfToken: string;
  /** Per-response nonce for the inline scripts of a page (Content-Security-Policy). */
  nonce: string;
  meta: RequestMeta;
}

// One key object for the server and the page bundle (see process-wide.ts).
export const requestContextKey = processWide('requestContext', () => createContext<RequestContext>());

export function getRequestContext(context: Readonly<RouterContextProvider>): RequestContext {
  return context.get(requestContextKey);
}

export function serviceContext(rc: RequestContext): ServiceContext {
  return { db: rc.app.db, actor: rc.actor, meta: rc.meta };
}
