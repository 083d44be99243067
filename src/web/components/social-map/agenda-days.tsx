import { Link } from 'react-router';
import { useShell } from '../shell.ts';

// The agenda, day by day: each day a heading, each occurrence its time (Europe/Amsterdam, already
// formatted by the loader so server and browser agree) and a link to the item.

export interface AgendaItemView {
  key: string;
  assetId: string;
  title: string;
  /** "10:00 tot 12:00" or "Hele dag". */
  time: string;
  /** ISO instant for <time datetime>. */
  datetime: string;
  place: string;
  note: string | null;
  costFree: boolean;
}

export interface AgendaDayView {
  date: string;
  label: string;
  items: AgendaItemView[];
}

export function AgendaDays({
  days,
  headingLevel = 2,
  linkTarget,
}: {
  days: AgendaDayView[];
  headingLevel?: 2 | 3;
  linkTarget?: '_top' | undefined;
}) {
  const { t } = useShell();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="wijkwerk-sm-agenda">
      {days.map((d) => (
        <section key={d.date} aria-labelledby={`dag-${d.date}`} className="wijkwerk-sm-agenda__day">
          <Heading id={`dag-${d.date}`} className={`utrecht-heading-${headingLevel}`}>
            <time dateTime={d.date}>{d.label}</time>
          </Heading>
          <ul className="wijkwerk-sm-agenda__list">
            {d.items.map((o) => (
              <li key={o.key} className="wijkwerk-sm-agenda__item">
                <time className="wijkwerk-sm-agenda__time" dateTime={o.datetime}>
                  {o.time}
                </time>
                <span className="wijkwerk-sm-agenda__what">
                  <Link
                    className="utrecht-link utrecht-link--html-a"
                    to={`/sociale-kaart/${o.assetId}`}
                    target={linkTarget}
                  >
                    {o.title}
                  </Link>
                  <span className="wijkwerk-sm-agenda__place">
                    {' · '}
                    {o.place}
                    {o.costFree ? ` · ${t('sm.public.card.free')}` : null}
                  </span>
                  {o.note ? <span className="wijkwerk-sm-agenda__note">{o.note}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
