import voorbeeldThemeCss from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url';
import utrechtCss from '@utrecht/component-library-css/dist/index.css?url';
import type { ReactNode } from 'react';
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
} from 'react-router';
import { getRequestContext } from '../core/http/request-context.ts';
import { themeCss } from '../core/municipalities/municipality.ts';
import { hasRole } from '../core/permissions/actor.ts';
import '../modules/initiatives/i18n.ts';
import { mayRegisterOnBehalf } from '../modules/initiatives/policy.ts';
import { isEditorAnywhere } from '../modules/social-map/policy.ts';
import type { Route } from './+types/root.ts';
import { SiteFooter, SiteHeader, SkipLink } from './components/layout.tsx';
import { type ShellData, useShell } from './components/shell.ts';
import './components/plan/plan-public-i18n.ts';
import './components/social-map/public-i18n.ts';
import appCss from './styles/app.css?url';

// The document around every page: NL Design System styles (Utrecht components, the example
// "voorbeeld" theme, the municipality's own token overrides), header, main, footer, and the
// friendly error pages.

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: utrechtCss },
  { rel: 'stylesheet', href: voorbeeldThemeCss },
  { rel: 'stylesheet', href: appCss },
  // No icon yet; this stops browsers asking for /favicon.ico.
  { rel: 'icon', href: 'data:,' },
];

export async function loader({ context }: Route.LoaderArgs): Promise<ShellData> {
  const rc = getRequestContext(context);
  const m = rc.municipality;
  return {
    municipality: { name: m.name, code: m.code, isDemo: m.isDemo, theme: m.theme },
    viewer: rc.viewer ? { name: rc.viewer.name } : null,
    locale: rc.locale,
    csrfToken: rc.csrfToken,
    nonce: rc.nonce,
    canAdminister: hasRole(rc.actor, 'administrator') || hasRole(rc.actor, 'coordinator'),
    canEditSocialMap: rc.viewer !== null && isEditorAnywhere(rc.actor),
    canHandleInitiatives: rc.viewer !== null && mayRegisterOnBehalf(rc.actor),
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const { locale, municipality, nonce } = useShell();
  const overrides = municipality ? themeCss(municipality.theme) : '';
  // Pages embedded in other websites (handle.chrome 'none') show only their content.
  const bare = useMatches().some((m) => (m.handle as { chrome?: string } | undefined)?.chrome === 'none');
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* themeCss() lets only custom properties with plain values through. */}
        {overrides ? <style>{overrides}</style> : null}
      </head>
      <body className="voorbeeld-theme utrecht-document utrecht-document--surface utrecht-body wijkwerk-body">
        {bare ? (
          <main id="main" className="wijkwerk-main wijkwerk-sm-embed-page">
            <div className="wijkwerk-main__content">{children}</div>
          </main>
        ) : (
          <>
            <SkipLink />
            <div className="utrecht-page-layout wijkwerk-page">
              <SiteHeader />
              <main id="main" tabIndex={-1} className="utrecht-page-body wijkwerk-main">
                <div className="utrecht-page-body__content wijkwerk-main__content">{children}</div>
              </main>
              <SiteFooter />
            </div>
          </>
        )}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** Friendly 404, 403 and 500 pages in the visitor's language; never a stack trace. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { t } = useShell();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind =
    status === 404 || status === 405 ? 'notFound' : status === 401 || status === 403 ? 'forbidden' : 'server';
  const title = t(`error.${kind}.title`);
  return (
    <>
      <title>{`${title} | ${t('app.name')}`}</title>
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{t(`error.${kind}.body`)}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          {t('pages.error.toHome')}
        </Link>
      </p>
    </>
  );
}
