import { useRouteLoaderData } from 'react-router';
import { type Locale, type Translate, translator } from '../../core/i18n/i18n.ts';

// What every page knows about the request, from the root loader: the tenant, who is signed in,
// the language and the CSRF token. Pages read it with useShell() instead of loading it again.

export interface ShellData {
  municipality: { name: string; code: string; isDemo: boolean; theme: Record<string, string> };
  viewer: { name: string } | null;
  locale: Locale;
  csrfToken: string;
  /** This response's CSP nonce for React Router's inline scripts. */
  nonce: string;
  /** Administrators and coordinators see the Beheer link. */
  canAdminister: boolean;
  /** Signed-in editors of the social map somewhere see the Redactie link. */
  canEditSocialMap: boolean;
  /** Staff and partners who handle residents' reports and initiatives (the work inbox). */
  canHandleInitiatives: boolean;
}

export interface Shell extends Omit<ShellData, 'municipality'> {
  municipality: ShellData['municipality'] | null;
  t: Translate;
}

/** The root loader's data; Dutch defaults when the root loader itself failed (an error page). */
export function useShell(): Shell {
  const data = useRouteLoaderData('root') as ShellData | undefined;
  const locale = data?.locale ?? 'nl';
  return {
    municipality: data?.municipality ?? null,
    viewer: data?.viewer ?? null,
    locale,
    csrfToken: data?.csrfToken ?? '',
    nonce: data?.nonce ?? '',
    canAdminister: data?.canAdminister ?? false,
    canEditSocialMap: data?.canEditSocialMap ?? false,
    canHandleInitiatives: data?.canHandleInitiatives ?? false,
    t: translator(locale),
  };
}
