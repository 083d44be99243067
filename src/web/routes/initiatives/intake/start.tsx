import { Link } from 'react-router';
import { getRequestContext } from '../../../../core/http/request-context.ts';
import { translate } from '../../../../core/i18n/i18n.ts';
import { getInitiativeSettings } from '../../../../modules/initiatives/config/get-settings.ts';
import { initiativesPaths } from '../../../../modules/initiatives/initiatives-paths.ts';
import '../../../../modules/initiatives/intake/intake-i18n.ts';
import { Breadcrumb } from '../../../components/breadcrumb.tsx';
import { useShell } from '../../../components/shell.ts';
import type { Route } from './+types/start.ts';
import { kindChoices } from './intake.server.ts';
import { handlingText } from './item-form.tsx';

// The public start page: what you can report or propose, each kind with its subjects, help for
// choosing and what happens next; the way to the form, and where to follow what you sent.

export async function loader({ context }: Route.LoaderArgs) {
  const rc = getRequestContext(context);
  const [kinds, settings] = await Promise.all([
    kindChoices(rc),
    getInitiativeSettings(rc.app.db, rc.municipality.id),
  ]);
  return {
    title: translate(rc.locale, 'initiatives.intake.start.title'),
    kinds: kinds.filter((k) => k.categories.length > 0),
    publicMap: settings.publicMap,
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? ''} | Wijkwerk` }];
}

export default function IntakeStart({ loaderData: d }: Route.ComponentProps) {
  const { t } = useShell();
  return (
    <>
      <Breadcrumb items={[{ href: '/', label: t('nav.home') }]} current={d.title} />
      <h1 className="utrecht-heading-1">{d.title}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('initiatives.intake.start.intro')}</p>
      {d.kinds.length === 0 ? (
        <p className="utrecht-paragraph">{t('initiatives.intake.start.noKinds')}</p>
      ) : (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            to={initiativesPaths.submit()}
          >
            {t('initiatives.intake.start.button')}
          </Link>
        </p>
      )}
      {d.kinds.length > 0 ? (
        <section aria-labelledby="kinds-heading">
          <h2 id="kinds-heading" className="utrecht-heading-2">
            {t('initiatives.intake.start.kindsHeading')}
          </h2>
          {d.kinds.map((k) => (
            <section key={k.id} aria-labelledby={`kind-${k.code}`} className="wijkwerk-section">
              <h3 id={`kind-${k.code}`} className="utrecht-heading-3">
                {k.name}
              </h3>
              {k.description ? <p className="utrecht-paragraph">{k.description}</p> : null}
              <dl className="utrecht-data-list utrecht-data-list--rows">
                {k.categories.map((c) => (
                  <div key={c.id} className="utrecht-data-list__item">
                    <dt className="utrecht-data-list__item-key">{c.name}</dt>
                    <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                      {c.help ? <p className="utrecht-paragraph">{c.help}</p> : null}
                      <p className="utrecht-paragraph">
                        <strong>{t('initiatives.intake.start.nextSteps')}</strong> {c.nextSteps}{' '}
                        {handlingText(t, c)}
                      </p>
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="utrecht-paragraph">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={`${initiativesPaths.submit()}?soort=${encodeURIComponent(k.code)}`}
                >
                  {t('initiatives.intake.start.chooseKind', { kind: k.name })}
                </Link>
              </p>
            </section>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="follow-heading">
        <h2 id="follow-heading" className="utrecht-heading-2">
          {t('initiatives.intake.start.followHeading')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.intake.start.followText')}</p>
        {d.publicMap ? (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={initiativesPaths.publicMap()}>
              {t('initiatives.intake.start.mapLink')}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" className="utrecht-heading-2">
          {t('initiatives.intake.start.privacyHeading')}
        </h2>
        <p className="utrecht-paragraph">{t('initiatives.intake.start.privacyText')}</p>
      </section>
    </>
  );
}
