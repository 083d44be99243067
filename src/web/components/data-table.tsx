import type { ReactNode } from 'react';

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

/**
 * A table with a caption (its accessible name) and column headers; scrolls sideways on narrow
 * screens instead of breaking the page.
 */
export function DataTable<T>({
  caption,
  labelledBy,
  columns,
  rows,
  rowKey,
  empty,
}: {
  /** The table's name; or point labelledBy at a heading just above it. */
  caption?: ReactNode;
  labelledBy?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  empty?: ReactNode;
}) {
  if (rows.length === 0 && empty) return <p className="utrecht-paragraph">{empty}</p>;
  return (
    <div className="utrecht-table-container wijkwerk-table-scroll">
      <table className="utrecht-table utrecht-table--html-table" aria-labelledby={labelledBy}>
        {caption ? <caption className="utrecht-table__caption">{caption}</caption> : null}
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((c, i) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
                key={i}
                scope="col"
                className={`utrecht-table__header-cell${c.numeric ? ' utrecht-table__header-cell--numeric-column' : ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              {columns.map((c, i) => (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
                  key={i}
                  className={`utrecht-table__cell${c.numeric ? ' utrecht-table__cell--numeric-data' : ''}`}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
