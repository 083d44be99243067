import { Alert } from '../../../components/alert.tsx';
import { useShell } from '../../../components/shell.ts';
import type { SearchView } from '../../../components/social-map/public-view-data.ts';

// What a view says about its filters: parts of the URL it had to drop, and how "near" was read.
export function FilterNotices({ view }: { view: SearchView }) {
  const { t } = useShell();
  return (
    <>
      {view.ignored.length > 0 ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            {t('sm.public.filters.ignored', { keys: view.ignored.join(', ') })}
          </p>
        </Alert>
      ) : null}
      {view.nearNote ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{view.nearNote}</p>
        </Alert>
      ) : null}
    </>
  );
}
