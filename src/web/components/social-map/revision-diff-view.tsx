import { useShell } from '../shell.ts';
import type { DiffRow } from './revision-diff-rows.ts';

// A revision's changes field by field: what it was (struck out, <del>) and what it becomes
// (<ins>). Each mark also says in words "removed:" / "added:", so the meaning never rests on
// colour or strike-through alone; items that stay the same are shown plain.

function Side({ items, other, kind }: { items: string[]; other: string[]; kind: 'del' | 'ins' }) {
  const { t } = useShell();
  if (items.length === 0) return <span className="wijkwerk-diff__empty">{t('sm.editor.diff.empty')}</span>;
  const Mark = kind;
  const label = kind === 'del' ? t('sm.editor.diff.removed') : t('sm.editor.diff.added');
  const render = (item: string) =>
    other.includes(item) ? (
      item
    ) : (
      <Mark className={`wijkwerk-diff__${kind}`}>
        <span className="wijkwerk-visually-hidden">{label} </span>
        {item}
      </Mark>
    );
  if (items.length === 1 && other.length <= 1) return render(items[0] ?? '');
  return (
    <ul className="utrecht-unordered-list wijkwerk-diff__list">
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a list may hold the same text twice
        <li key={i} className="utrecht-unordered-list__item">
          {render(item)}
        </li>
      ))}
    </ul>
  );
}

export function RevisionDiffView({ rows, caption }: { rows: DiffRow[]; caption?: string }) {
  const { t } = useShell();
  if (rows.length === 0) return <p className="utrecht-paragraph">{t('sm.editor.diff.none')}</p>;
  return (
    <div className="utrecht-table-container wijkwerk-table-scroll">
      <table className="utrecht-table utrecht-table--html-table wijkwerk-diff">
        <caption className="utrecht-table__caption">{caption ?? t('sm.editor.diff.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('sm.editor.diff.field')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('sm.editor.diff.before')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('sm.editor.diff.after')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.field} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {r.label}
              </th>
              <td className="utrecht-table__cell">
                <Side items={r.before} other={r.after} kind="del" />
              </td>
              <td className="utrecht-table__cell">
                <Side items={r.after} other={r.before} kind="ins" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
