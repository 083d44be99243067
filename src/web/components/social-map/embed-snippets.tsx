import { useShell } from '../shell.ts';

// How a partner or a residents' website puts an area's agenda or map on its own pages: the iframe
// code to copy, and the feed addresses for developers.

export function embedUrls(origin: string, code: string) {
  const c = encodeURIComponent(code);
  return {
    agenda: `${origin}/sociale-kaart/insluiten/${c}/agenda`,
    map: `${origin}/sociale-kaart/insluiten/${c}/kaart`,
    json: `${origin}/api/v1/social-map/areas/${c}/agenda.json`,
  };
}

function iframe(src: string, title: string, height: number): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${src}" title="${escaped}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

export function EmbedSnippets({
  origin,
  area,
  icalUrl,
}: {
  origin: string;
  area: { code: string; name: string };
  icalUrl: string | null;
}) {
  const { t } = useShell();
  const urls = embedUrls(origin, area.code);
  const title = t('sm.public.embed.iframeTitle', { area: area.name });
  const snippets = [
    {
      id: 'agenda',
      label: t('sm.public.embed.agendaSnippet', { area: area.name }),
      code: iframe(urls.agenda, title, 600),
    },
    {
      id: 'kaart',
      label: t('sm.public.embed.mapSnippet', { area: area.name }),
      code: iframe(urls.map, title, 700),
    },
  ];
  return (
    <section aria-labelledby="sm-embed-heading" className="wijkwerk-section wijkwerk-sm-embed">
      <h2 id="sm-embed-heading" className="utrecht-heading-2">
        {t('sm.public.embed.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('sm.public.embed.intro', { area: area.name })}</p>
      {snippets.map((s) => (
        <div key={s.id} className="utrecht-form-field utrecht-form-field--textarea">
          <p className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor={`embed-${s.id}`}>
              {s.label}
            </label>
          </p>
          <textarea
            id={`embed-${s.id}`}
            readOnly
            rows={3}
            className="utrecht-textarea utrecht-textarea--html-textarea wijkwerk-sm-embed__code"
            value={s.code}
          />
        </div>
      ))}
      <h3 className="utrecht-heading-3">{t('sm.public.embed.feeds')}</h3>
      <ul className="utrecht-unordered-list">
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={urls.json}>
            {t('sm.public.embed.json')}
          </a>
        </li>
        {icalUrl ? (
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={icalUrl}>
              {t('sm.public.embed.ical')}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** The last line of an embed: everything else, on the social map itself (in the parent page). */
export function EmbedOpenFull({ href }: { href: string }) {
  const { t, municipality } = useShell();
  return (
    <p className="utrecht-paragraph">
      <a className="utrecht-link utrecht-link--html-a" href={href} target="_top">
        {t('sm.public.embed.openFull', { municipality: municipality?.name ?? '' })}
      </a>
    </p>
  );
}
