import type { ReactNode } from 'react';
import type { Voice } from '../../../modules/plan/reports/report.ts';
import type { ReportOutline } from '../../../modules/plan/reports/report-outline.ts';
import { formatCell, type ReportTable } from '../../../modules/plan/reports/report-tables.ts';
import { useShell } from '../shell.ts';

// The progress report as a page: the same outline the PDF and the Word document print (title,
// facts, introduction, vision, charts with their words, tables), laid out for the screen and for
// printing (report-print.css). Charts are the server's SVG; each says in words what it shows.

function DownloadLinks({ base, outline }: { base: string; outline: ReportOutline }) {
  const { t } = useShell();
  return (
    <nav aria-labelledby="report-downloads" className="wijkwerk-report-downloads">
      <h2 className="utrecht-heading-2" id="report-downloads">
        {t('plan.report.downloads')}
      </h2>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={`${base}.pdf`}>
            {t('plan.report.download.pdf')}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={`${base}.docx`}>
            {t('plan.report.download.docx')}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={`${base}.xlsx`}>
            {t('plan.report.download.xlsx')}
          </a>
        </li>
        {outline.tables.map((tb) => (
          <li key={tb.key} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={`${base}.csv?tabel=${tb.key}`}>
              {t('plan.report.download.csv', { table: tb.title })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TableSection({ table, locale }: { table: ReportTable; locale: string }) {
  const id = `report-table-${table.key}`;
  const numeric = table.columns.map((c) => c.kind !== 'text' && c.kind !== 'date');
  return (
    <section aria-labelledby={id} className="wijkwerk-report-section">
      <h3 className="utrecht-heading-3" id={id}>
        {table.title}
      </h3>
      <p className="utrecht-paragraph">{table.caption}</p>
      {table.rows.length > 0 ? (
        // A wide table scrolls sideways; keyboard users reach it as a named region (WCAG 2.1.1).
        <section
          className="utrecht-table-container wijkwerk-table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (axe scrollable-region-focusable)
          tabIndex={0}
          aria-labelledby={id}
        >
          <table className="utrecht-table utrecht-table--html-table" aria-labelledby={id}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {table.columns.map((c, i) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={`utrecht-table__header-cell${numeric[i] ? ' utrecht-table__header-cell--numeric-column' : ''}`}
                  >
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {table.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed report
                <tr key={r} className={`utrecht-table__row${row.total ? ' wijkwerk-report-total' : ''}`}>
                  {row.cells.map((cell, i) => {
                    const column = table.columns[i];
                    const text = formatCell(locale, column?.kind ?? 'text', cell);
                    const indent =
                      column?.key === 'title' && row.depth
                        ? { paddingInlineStart: `${row.depth * 1.25}rem` }
                        : undefined;
                    const className = `utrecht-table__cell${numeric[i] ? ' utrecht-table__cell--numeric-column' : ''}`;
                    return i === 0 || column?.key === 'title' ? (
                      <th key={column?.key ?? i} scope="row" className={className} style={indent}>
                        {text}
                      </th>
                    ) : (
                      <td key={column?.key ?? i} className={className}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}

/** What the page shows of a voice (who added it stays on the server). */
export type VoiceView = Pick<Voice, 'id' | 'quote' | 'attribution' | 'item'>;

export function voiceViews(voices: ReadonlyArray<Voice>): VoiceView[] {
  return voices.map((v) => ({ id: v.id, quote: v.quote, attribution: v.attribution, item: v.item }));
}

function Voices({
  voices,
  heading,
  children,
}: {
  voices: VoiceView[];
  heading: string;
  children?: ReactNode;
}) {
  const { t } = useShell();
  return (
    <section aria-labelledby="report-voices" className="wijkwerk-report-section">
      <h2 className="utrecht-heading-2" id="report-voices">
        {heading}
      </h2>
      {voices.length === 0 ? <p className="utrecht-paragraph">{t('plan.report.empty.voices')}</p> : null}
      {voices.map((v) => (
        <figure key={v.id} className="wijkwerk-report-voice">
          <blockquote className="utrecht-blockquote">
            <p className="utrecht-paragraph">{v.quote}</p>
          </blockquote>
          <figcaption>
            {v.attribution}
            {v.item ? ` · ${v.item.title}` : ''}
          </figcaption>
        </figure>
      ))}
      {children}
    </section>
  );
}

export function ReportDocument({
  outline,
  downloadBase,
  voices,
  voicesAction,
}: {
  outline: ReportOutline;
  /** The page's path with ".pdf", ".docx"… appended gives the downloads. */
  downloadBase: string;
  voices: VoiceView[];
  /** A link to add voices, for those who may. */
  voicesAction?: ReactNode;
}) {
  const { t } = useShell();
  const voiceTable = outline.tables.find((tb) => tb.key === 'voices');
  return (
    <article className="wijkwerk-report">
      <h1 className="utrecht-heading-1">{outline.title}</h1>
      <ul className="wijkwerk-report-meta">
        {outline.meta.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{outline.intro}</p>
      <p className="utrecht-paragraph wijkwerk-screen-only">{t('plan.report.print')}</p>
      <DownloadLinks base={downloadBase} outline={outline} />
      {outline.vision ? (
        <section aria-labelledby="report-vision" className="wijkwerk-report-section">
          <h2 className="utrecht-heading-2" id="report-vision">
            {outline.vision.heading}
          </h2>
          <p className="utrecht-paragraph">{outline.vision.text}</p>
        </section>
      ) : null}
      {outline.charts.length > 0 ? (
        <section aria-labelledby="report-charts" className="wijkwerk-report-section">
          <h2 className="utrecht-heading-2" id="report-charts">
            {t('plan.report.charts')}
          </h2>
          {outline.charts.map((chart) => (
            <figure key={chart.key} className="wijkwerk-report-chart" aria-labelledby={`chart-${chart.key}`}>
              <h3 className="utrecht-heading-3" id={`chart-${chart.key}`}>
                {chart.title}
              </h3>
              <div
                role="img"
                aria-label={chart.description}
                className="wijkwerk-report-svg"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn on the server with every text escaped (report-charts.ts)
                dangerouslySetInnerHTML={{ __html: chart.svg }}
              />
              <figcaption className="utrecht-paragraph">
                <strong>{t('plan.report.chartTextAlternative')}:</strong> {chart.description}
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="report-tables" className="wijkwerk-report-section">
        <h2 className="utrecht-heading-2" id="report-tables">
          {t('plan.report.tables')}
        </h2>
        {outline.tables
          .filter((tb) => tb.key !== 'voices')
          .map((tb) => (
            <TableSection key={tb.key} table={tb} locale={outline.locale} />
          ))}
      </section>
      <Voices voices={voices} heading={voiceTable?.title ?? t('plan.report.table.voices')}>
        {voicesAction}
      </Voices>
    </article>
  );
}
