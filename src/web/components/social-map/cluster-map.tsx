import { useEffect, useId, useRef } from 'react';
import { useShell } from '../shell.ts';
import type { MapPicture } from './cluster-points.ts';
import type { HitView } from './public-view-data.ts';

// The map view without JavaScript: the server draws the area outline and the clustered points as
// SVG. A single point is a numbered link to its item; a cluster shows how many items it holds and
// links to the first of them in the numbered list below, which shows the same items.

export function ClusterMap({
  picture,
  hits,
  title,
  caption,
  linkTarget,
}: {
  picture: MapPicture;
  hits: HitView[];
  title: string;
  caption: string;
  /** '_top' in embeds: links open in the page around the frame. */
  linkTarget?: '_top' | undefined;
}) {
  const { t } = useShell();
  const captionId = useId();
  const titleId = useId();
  const byNumber = new Map(hits.map((h) => [h.number, h]));
  const svgRef = useRef<SVGSVGElement>(null);
  // With JavaScript, the list and the map move in step: pointing at (or tabbing to) an item in
  // the list lights up its marker.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const mark = (event: Event) => {
      const card = (event.target as Element | null)?.closest?.('[data-result-number]');
      const number = card?.getAttribute('data-result-number');
      for (const marker of svg.querySelectorAll<SVGAElement>('[data-numbers]')) {
        const on = number != null && marker.dataset.numbers?.split(' ').includes(number);
        marker.classList.toggle('wijkwerk-sm-marker--active', Boolean(on));
      }
    };
    document.addEventListener('mouseover', mark);
    document.addEventListener('focusin', mark);
    return () => {
      document.removeEventListener('mouseover', mark);
      document.removeEventListener('focusin', mark);
    };
  }, []);
  return (
    <figure className="wijkwerk-map wijkwerk-sm-map">
      <div className="wijkwerk-map__frame" style={{ aspectRatio: `${picture.width} / ${picture.height}` }}>
        <svg
          ref={svgRef}
          className="wijkwerk-sm-map__picture"
          viewBox={`0 0 ${picture.width} ${picture.height}`}
          aria-labelledby={titleId}
          aria-describedby={captionId}
        >
          <title id={titleId}>{title}</title>
          {picture.boundary ? (
            <path d={picture.boundary} className="wijkwerk-map__focus" fillRule="evenodd" />
          ) : null}
          {picture.clusters.map((c) => {
            const single = c.numbers.length === 1 ? byNumber.get(c.numbers[0] ?? 0) : undefined;
            const label = single
              ? t('sm.public.map.marker', { number: single.number, title: single.title })
              : t('sm.public.map.cluster', { count: c.numbers.length, numbers: c.numbers.join(', ') });
            const href = single ? `/sociale-kaart/${single.id}` : `#resultaat-${c.numbers[0]}`;
            return (
              <a
                key={c.numbers.join('-')}
                href={href}
                aria-label={label}
                target={single ? linkTarget : undefined}
                data-numbers={c.numbers.join(' ')}
                className={`wijkwerk-sm-marker${single ? '' : ' wijkwerk-sm-marker--cluster'}`}
              >
                <title>{label}</title>
                <circle cx={c.x} cy={c.y} r={single ? 13 : 17} />
                <text x={c.x} y={c.y} dy="0.35em" textAnchor="middle">
                  {single ? single.number : `${c.numbers.length}×`}
                </text>
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption id={captionId} className="wijkwerk-map__caption">
        {caption}
      </figcaption>
    </figure>
  );
}
