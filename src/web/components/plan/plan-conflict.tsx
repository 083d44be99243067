import { Link } from 'react-router';
import { Alert } from '../alert.tsx';
import { useShell } from '../shell.ts';

// A save that lost the race: the editor's version and the saved one side by side, field by field,
// with the choice to keep theirs (discard mine) or to save mine over it (the form below the
// comparison holds mine, with the version it now starts from). "Differs" is written out, not
// only coloured.

export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

export function PlanConflict({ rows, discardHref }: { rows: ConflictRow[]; discardHref: string }) {
  const { t } = useShell();
  const show = (v: string) => (v === '' ? t('plan.conflict.empty') : v);
  return (
    <Alert type="warning" live>
      <h2 className="utrecht-heading-2">{t('plan.conflict.title')}</h2>
      <p className="utrecht-paragraph">{t('plan.conflict.body')}</p>
      <div className="wijkwerk-table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">{t('plan.conflict.caption')}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.conflict.field')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.conflict.mine')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.conflict.theirs')}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {t('plan.conflict.compare')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r) => {
              const differs = r.mine !== r.theirs;
              return (
                <tr key={r.label} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {r.label}
                  </th>
                  <td className="utrecht-table__cell plan-conflict__value">{show(r.mine)}</td>
                  <td className="utrecht-table__cell plan-conflict__value">{show(r.theirs)}</td>
                  <td className="utrecht-table__cell">
                    {differs ? <strong>{t('plan.conflict.differs')}</strong> : t('plan.conflict.same')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={discardHref} reloadDocument>
          {t('plan.conflict.takeTheirs')}
        </Link>
      </p>
      <p className="utrecht-paragraph">{t('plan.conflict.keepMineHint')}</p>
    </Alert>
  );
}
