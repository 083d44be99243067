import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { translator } from '../../core/i18n/i18n.ts';
import { type AreaFeatureCollection, featureBounds, projectToSvg } from './map-geometry.ts';
import { useShell } from './shell.ts';

// A map of areas that works without JavaScript: the server draws the polygons as SVG, each child
// area a link. With JavaScript, MapLibre GL is loaded (only on pages with a map) and takes over;
// if it cannot start (no WebGL, style unreachable), the SVG simply stays.

export interface AreaMapProps {
  features: AreaFeatureCollection;
  /** The map's accessible name, e.g. "Kaart van Centrum". */
  title: string;
  /** A visible caption that also says where the same information is as text. */
  caption: string;
  /** Base map style (MAP_STYLE_URL); without it a plain background that needs no network. */
  mapStyleUrl?: string | null | undefined;
  /** Draw the names of the child areas in the picture. */
  labels?: boolean;
}

const plainStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f4f0' } }],
};

export function AreaMap({ features, title, caption, mapStyleUrl, labels = true }: AreaMapProps) {
  const { t, locale } = useShell();
  const captionId = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const [enhanced, setEnhanced] = useState(false);
  const navigate = useNavigate();
  // Kept in a ref so a new navigate function does not rebuild the map.
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;
  const svg = projectToSvg(features);

  useEffect(() => {
    const container = mapRef.current;
    const bounds = featureBounds(features);
    if (!container || !bounds || !supportsWebGl()) return;
    let map: MapLibreMap | undefined;
    let cancelled = false;
    (async () => {
      try {
        const [maplibre, worker] = await Promise.all([
          import('maplibre-gl'),
          import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
          import('maplibre-gl/dist/maplibre-gl.css'),
        ]);
        if (cancelled) return;
        const tr = translator(locale);
        maplibre.setWorkerUrl(worker.default);
        const accent = cssColor(frameRef.current, '--wijkwerk-map-accent', '#00568b');
        const context = cssColor(frameRef.current, '--wijkwerk-map-context', '#5c5c5c');
        const m = new maplibre.Map({
          container,
          style: mapStyleUrl || plainStyle,
          bounds,
          fitBoundsOptions: { padding: 16 },
          scrollZoom: false,
          attributionControl: { compact: true },
          locale: {
            'Map.Title': title,
            'NavigationControl.ZoomIn': tr('pages.map.zoomIn'),
            'NavigationControl.ZoomOut': tr('pages.map.zoomOut'),
            'NavigationControl.ResetBearing': tr('pages.map.resetBearing'),
          },
        });
        map = m;
        m.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
        m.on('error', (e) => console.warn('map:', e.error?.message));
        m.once('load', () => {
          if (cancelled) return;
          m.addSource('areas', { type: 'geojson', data: features });
          const role = (r: string) => ['==', ['get', 'role'], r] as ['==', ['get', string], string];
          m.addLayer({
            id: 'context-line',
            type: 'line',
            source: 'areas',
            filter: role('context'),
            paint: { 'line-color': context, 'line-width': 1.5, 'line-dasharray': [3, 2] },
          });
          m.addLayer({
            id: 'focus-fill',
            type: 'fill',
            source: 'areas',
            filter: role('focus'),
            paint: { 'fill-color': accent, 'fill-opacity': 0.12 },
          });
          m.addLayer({
            id: 'focus-line',
            type: 'line',
            source: 'areas',
            filter: role('focus'),
            paint: { 'line-color': accent, 'line-width': 3 },
          });
          m.addLayer({
            id: 'child-fill',
            type: 'fill',
            source: 'areas',
            filter: role('child'),
            paint: { 'fill-color': accent, 'fill-opacity': 0.18 },
          });
          m.addLayer({
            id: 'child-line',
            type: 'line',
            source: 'areas',
            filter: role('child'),
            paint: { 'line-color': accent, 'line-width': 1.5 },
          });
          m.on('click', 'child-fill', (e) => {
            const code = e.features?.[0]?.properties?.code;
            if (typeof code === 'string') navigateRef.current(`/wijken/${encodeURIComponent(code)}`);
          });
          m.on('mouseenter', 'child-fill', () => {
            m.getCanvas().style.cursor = 'pointer';
          });
          m.on('mouseleave', 'child-fill', () => {
            m.getCanvas().style.cursor = '';
          });
          setEnhanced(true);
        });
      } catch (error) {
        // No WebGL, blocked worker, …: the server-drawn map stays.
        console.warn('map: staying with the drawn picture', error);
        map?.remove();
        map = undefined;
      }
    })();
    return () => {
      cancelled = true;
      map?.remove();
      setEnhanced(false);
    };
  }, [features, mapStyleUrl, title, locale]);

  if (!svg) return null;
  const children = svg.shapes.filter((s) => s.role === 'child');
  return (
    <figure className={`wijkwerk-map${enhanced ? ' wijkwerk-map--enhanced' : ''}`}>
      <div
        ref={frameRef}
        className="wijkwerk-map__frame"
        style={{ aspectRatio: `${svg.width} / ${svg.height}` }}
      >
        <svg
          className="wijkwerk-map__picture"
          viewBox={`0 0 ${svg.width} ${svg.height}`}
          role="img"
          aria-label={title}
          aria-describedby={captionId}
          display={enhanced ? 'none' : undefined}
        >
          {svg.shapes.map((s) => (
            <path
              key={`${s.role}-${s.code}`}
              d={s.d}
              className={`wijkwerk-map__${s.role}`}
              fillRule="evenodd"
            />
          ))}
          {labels
            ? children.map((s) => (
                <text
                  key={`label-${s.code}`}
                  x={s.label.x}
                  y={s.label.y}
                  className="wijkwerk-map__label"
                  textAnchor="middle"
                >
                  {s.name}
                </text>
              ))
            : null}
        </svg>
        {children.length > 0 ? (
          // The same child areas as links, on top of the picture (a picture may not hold links).
          <svg
            className="wijkwerk-map__links"
            viewBox={`0 0 ${svg.width} ${svg.height}`}
            aria-label={t('pages.map.links')}
            display={enhanced ? 'none' : undefined}
          >
            {children.map((s) => (
              <a key={s.code} href={`/wijken/${encodeURIComponent(s.code)}`} aria-label={s.name}>
                <title>{s.name}</title>
                <path d={s.d} fillRule="evenodd" />
              </a>
            ))}
          </svg>
        ) : null}
        <div ref={mapRef} className="wijkwerk-map__live" />
      </div>
      <figcaption id={captionId} className="wijkwerk-map__caption">
        {caption}
      </figcaption>
    </figure>
  );
}

function supportsWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

function cssColor(el: Element | null, property: string, fallback: string): string {
  if (!el) return fallback;
  const value = getComputedStyle(el).getPropertyValue(property).trim();
  return value || fallback;
}
