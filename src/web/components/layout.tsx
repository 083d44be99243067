import { Link, NavLink, useLocation } from 'react-router';
import { CsrfField } from './csrf-field.tsx';
import { useShell } from './shell.ts';

// The frame around every page: skip link, header with the main menu, footer.

export function SkipLink() {
  const { t } = useShell();
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
      {t('nav.skipToContent')}
    </a>
  );
}

export function DemoBanner() {
  const { t } = useShell();
  return (
    <div className="wijkwerk-demo-banner">
      <p className="wijkwerk-demo-banner__text">{t('app.demoBanner')}</p>
    </div>
  );
}

/** Links to the same page in the other language; the server stores the choice in a cookie. */
export function LanguageSwitch() {
  const { t, locale } = useShell();
  const location = useLocation();
  const other = locale === 'nl' ? 'en' : 'nl';
  const params = new URLSearchParams(location.search);
  params.set('lang', other);
  return (
    <nav className="wijkwerk-language" aria-label={t('nav.language')}>
      {/* A plain link on purpose: a full page load, so every text and the cookie change together. */}
      <a
        className="utrecht-link utrecht-link--html-a wijkwerk-language__link"
        href={`${location.pathname}?${params.toString()}`}
        hrefLang={other}
        lang={other}
      >
        {other === 'en' ? t('nav.switchToEnglish') : t('nav.switchToDutch')}
      </a>
    </nav>
  );
}

export function SiteHeader() {
  const { t, municipality, viewer, canAdminister, canEditSocialMap, canHandleInitiatives } = useShell();
  return (
    <header className="utrecht-page-header wijkwerk-header">
      {municipality?.isDemo ? <DemoBanner /> : null}
      <div className="utrecht-page-header__content wijkwerk-header__content">
        <Link to="/" className="wijkwerk-brand">
          {municipality ? <span className="wijkwerk-brand__municipality">{municipality.name}</span> : null}
          <span className="wijkwerk-brand__app">{t('app.name')}</span>
        </Link>
        <LanguageSwitch />
      </div>
      <nav className="utrecht-nav-bar wijkwerk-nav" aria-label={t('nav.main')}>
        <div className="utrecht-nav-bar__content wijkwerk-nav__content">
          <ul className="utrecht-nav-list wijkwerk-nav__list">
            <li className="utrecht-nav-list__item">
              <NavLink to="/" end className="utrecht-nav-list__link wijkwerk-nav__link">
                {t('nav.home')}
              </NavLink>
            </li>
            <li className="utrecht-nav-list__item">
              <NavLink to="/sociale-kaart" end className="utrecht-nav-list__link wijkwerk-nav__link">
                {t('sm.public.nav.socialMap')}
              </NavLink>
            </li>
            <li className="utrecht-nav-list__item">
              <NavLink to="/wijkplannen" end className="utrecht-nav-list__link wijkwerk-nav__link">
                {t('plan.public.nav.plans')}
              </NavLink>
            </li>
            <li className="utrecht-nav-list__item">
              <NavLink to="/meldingen" end className="utrecht-nav-list__link wijkwerk-nav__link">
                {t('initiatives.nav.report')}
              </NavLink>
            </li>
            {canEditSocialMap ? (
              <li className="utrecht-nav-list__item">
                <NavLink to="/sociale-kaart/redactie" className="utrecht-nav-list__link wijkwerk-nav__link">
                  {t('sm.public.nav.editorial')}
                </NavLink>
              </li>
            ) : null}
            {canHandleInitiatives ? (
              <li className="utrecht-nav-list__item">
                <NavLink to="/meldingen/werkbak" className="utrecht-nav-list__link wijkwerk-nav__link">
                  {t('initiatives.nav.inbox')}
                </NavLink>
              </li>
            ) : null}
            {canAdminister ? (
              <li className="utrecht-nav-list__item">
                <NavLink to="/beheer" className="utrecht-nav-list__link wijkwerk-nav__link">
                  {t('nav.admin')}
                </NavLink>
              </li>
            ) : null}
          </ul>
          <ul className="utrecht-nav-list wijkwerk-nav__list wijkwerk-nav__list--account">
            {viewer ? (
              <>
                <li className="utrecht-nav-list__item">
                  <NavLink to="/account" className="utrecht-nav-list__link wijkwerk-nav__link">
                    <span className="wijkwerk-nav__viewer">{viewer.name}</span>
                    <span className="wijkwerk-visually-hidden">: </span>
                    <span>{t('nav.account')}</span>
                  </NavLink>
                </li>
                <li className="utrecht-nav-list__item">
                  {/* A plain form: signing out always reloads the whole page. */}
                  <form method="post" action="/uitloggen" className="wijkwerk-nav__form">
                    <CsrfField />
                    <button
                      type="submit"
                      className="utrecht-button utrecht-button--subtle wijkwerk-nav__button"
                    >
                      {t('nav.signOut')}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li className="utrecht-nav-list__item">
                <NavLink to="/inloggen" className="utrecht-nav-list__link wijkwerk-nav__link">
                  {t('nav.signIn')}
                </NavLink>
              </li>
            )}
          </ul>
        </div>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  const { t, municipality } = useShell();
  return (
    <footer className="utrecht-page-footer wijkwerk-footer">
      <div className="utrecht-page-footer__content wijkwerk-footer__content">
        <p className="utrecht-paragraph">
          {municipality ? `${municipality.name} · ` : ''}
          {t('footer.about')}
        </p>
        <ul className="wijkwerk-footer__links">
          <li>
            <a className="utrecht-link utrecht-link--html-a" href="/api/v1/openapi.json">
              {t('footer.api')}
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
