import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { useEffect, useId, useRef, useState } from 'react';
import { translator } from '../../../../core/i18n/i18n.ts';
import { useShell } from '../../../components/shell.ts';
import type { MapPicture } from '../../../components/social-map/cluster-points.ts';

// The public signal map. Without JavaScript the server draws the municipality's outline and the
// (rounded, clustered) places as SVG, each dot with its number of reports; the table below it
// holds the same reports. With JavaScript and WebGL, MapLibre GL is loaded (only on this page)
// and draws the same points; if it cannot start, the drawing stays.

export interface SignalPoint {
  lon: number;
  lat: number;
  count: number;
  label: string;
}

const plainStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f4f0' } }],
};

export function SignalMap({
  picture,
  points,
  clusterCounts,
  title,
  caption,
  mapStyleUrl,
}: {
  picture: MapPicture;
  points: SignalPoint[];
  /** Per cluster of the picture (same order): the reports in it and a label. */
  clusterCounts: Array<{ count: number; label: string }>;
  title: string;
  caption: string;
  mapStyleUrl: string | null;
}) {
  const { locale } = useShell();
  const captionId = useId();
  const titleId = useId();
  const mapRef = useRef<HTMLDivElement>(null);
  const [enhanced, setEnhanced] = useState(false);

  useEffect(() => {
    const container = mapRef.current;
    if (!container || points.length === 0 || !supportsWebGl()) return;
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
        const lons = points.map((p) => p.lon);
        const lats = points.map((p) => p.lat);
        const m = new maplibre.Map({
          container,
          style: mapStyleUrl || plainStyle,
          bounds: [
            [Math.min(...lons) - 0.005, Math.min(...lats) - 0.003],
            [Math.max(...lons) + 0.005, Math.max(...lats) + 0.003],
          ],
          fitBoundsOptions: { padding: 24 },
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
          m.addSource('signals', {
            type: 'geojson',
            data: {
              type: 'FeatureCollection',
              features: points.map((p) => ({
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
                properties: { count: p.count, label: p.label },
              })),
            },
          });
          m.addLayer({
            id: 'signals',
            type: 'circle',
            source: 'signals',
            paint: {
              'circle-color': '#1f4e8c',
              'circle-opacity': 0.75,
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 1.5,
              'circle-radius': ['min', 18, ['+', 5, ['*', 2, ['get', 'count']]]],
            },
          });
          const popup = new maplibre.Popup({ closeButton: false, closeOnClick: false });
          m.on('mouseenter', 'signals', (e) => {
            const f = e.features?.[0];
            const label = f?.properties?.label;
            if (typeof label !== 'string' || f?.geometry.type !== 'Point') return;
            popup
              .setLngLat(f.geometry.coordinates as [number, number])
              .setText(label)
              .addTo(m);
          });
          m.on('mouseleave', 'signals', () => popup.remove());
          setEnhanced(true);
        });
      } catch (error) {
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
  }, [points, mapStyleUrl, title, locale]);

  return (
    <figure className={`wijkwerk-map${enhanced ? ' wijkwerk-map--enhanced' : ''}`}>
      <div className="wijkwerk-map__frame" style={{ aspectRatio: `${picture.width} / ${picture.height}` }}>
        <svg
          className="wijkwerk-map__picture"
          viewBox={`0 0 ${picture.width} ${picture.height}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={captionId}
          display={enhanced ? 'none' : undefined}
        >
          <title id={titleId}>{title}</title>
          {picture.boundary ? (
            <path d={picture.boundary} className="wijkwerk-map__focus" fillRule="evenodd" />
          ) : null}
          {picture.clusters.map((c, i) => {
            const info = clusterCounts[i] ?? { count: 0, label: '' };
            return (
              <g key={c.numbers.join('-')}>
                <title>{info.label}</title>
                <circle
                  cx={c.x}
                  cy={c.y}
                  r={Math.min(20, 9 + info.count)}
                  fill="#1f4e8c"
                  fillOpacity="0.85"
                  stroke="#ffffff"
                  strokeWidth="1.5"
                />
                <text x={c.x} y={c.y} dy="0.35em" textAnchor="middle" fontSize="12" fill="#ffffff">
                  {info.count}
                </text>
              </g>
            );
          })}
        </svg>
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
