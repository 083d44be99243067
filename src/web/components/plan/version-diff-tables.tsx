import { useShell } from '../shell.ts';

// The comparison of two plan versions as a section per kind of change, each a table with a
// caption: readable without colour (every change is spelled out as "was" and "becomes").

export interface DiffTableRow {
  key: string;
  item: string;
  under: string;
  before: string;
  after: string;
}

export interface DiffSection {
  key: string;
  heading: string;
  /** Added and dropped items have no before/after. */
  twoSided: boolean;
  rows: DiffTableRow[];
}

export function VersionDiffTables({ sections }: { sections: DiffSection[] }) {
  const { t } = useShell();
  return (
    <>
      {sections
        .filter((s) => s.rows.length > 0)
        .map((s) => (
          <section key={s.key} aria-labelledby={`diff-${s.key}`} className="wijkwerk-section">
            <h2 className="utrecht-heading-2" id={`diff-${s.key}`}>
              {s.heading} ({s.rows.length})
            </h2>
            <div className="wijkwerk-table-scroll">
              <table className="utrecht-table utrecht-table--html-table">
                <caption className="utrecht-table__caption wijkwerk-visually-hidden">{s.heading}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {s.key === 'plan' ? t('plan.version.diff.col.field') : t('plan.version.diff.col.item')}
                    </th>
                    {s.key === 'plan' ? null : (
                      <th scope="col" className="utrecht-table__header-cell">
                        {t('plan.version.diff.col.under')}
                      </th>
                    )}
                    {s.twoSided ? (
                      <>
                        <th scope="col" className="utrecht-table__header-cell">
                          {t('plan.version.diff.col.before')}
                        </th>
                        <th scope="col" className="utrecht-table__header-cell">
                          {t('plan.version.diff.col.after')}
                        </th>
                      </>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {s.rows.map((r) => (
                    <tr key={r.key} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__header-cell">
                        {r.item}
                      </th>
                      {s.key === 'plan' ? null : <td className="utrecht-table__cell">{r.under}</td>}
                      {s.twoSided ? (
                        <>
                          <td className="utrecht-table__cell">{r.before}</td>
                          <td className="utrecht-table__cell">{r.after}</td>
                        </>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
    </>
  );
}
