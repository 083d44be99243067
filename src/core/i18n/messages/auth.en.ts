import type { authNl } from './auth.nl.ts';

export const authEn: Record<keyof typeof authNl, string> = {
  'auth.oidc.unknown':
    'No Wijkwerk account is connected to this organisation account yet. Ask the administrator of your municipality for an account for your e-mail address.',
  'auth.oidc.failed':
    'Signing in with your organisation account did not work. Please try again or sign in with your password.',
};
