import { useShell } from './shell.ts';

/** The hidden CSRF token every form that posts must carry (checked by the server middleware). */
export function CsrfField() {
  const { csrfToken } = useShell();
  return <input type="hidden" name="_csrf" value={csrfToken} />;
}
