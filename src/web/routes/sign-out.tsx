import { redirect } from 'react-router';
import { sessionCookieName } from '../../core/auth/sessions.ts';
import { signOut } from '../../core/auth/sign-out.ts';
import { getRequestContext } from '../../core/http/request-context.ts';
import { isSecureRequest, readCookie, serializeCookie } from '../components/cookies.server.ts';
import type { Route } from './+types/sign-out.ts';

// POST /uitloggen (the form in the header): ends the session and clears the cookie.
// No page of its own; a GET just goes home.

export async function action({ context, request }: Route.ActionArgs) {
  const rc = getRequestContext(context);
  const secure = isSecureRequest(request, rc);
  const name = sessionCookieName(secure);
  const token = readCookie(request, name);
  if (token) await signOut(rc.app.db, rc.actor, token, rc.meta);
  return redirect('/inloggen?uitgelogd=1', {
    headers: { 'Set-Cookie': serializeCookie(name, '', { maxAgeSeconds: 0, secure }) },
  });
}

export function loader() {
  return redirect('/');
}
