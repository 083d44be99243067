import type { ItemStatus } from '../../../modules/plan/plan.ts';
import { useShell } from '../shell.ts';

// An item's status as a word with a symbol, so it never rests on colour.

const symbols: Record<ItemStatus, string> = {
  idea: '○',
  planned: '◔',
  running: '◑',
  done: '●',
  stopped: '×',
};

export function PlanStatus({ status }: { status: ItemStatus }) {
  const { t } = useShell();
  return (
    <span className={`wijkwerk-plan-status wijkwerk-plan-status--${status}`}>
      <span aria-hidden="true">{symbols[status]} </span>
      {t(`plan.public.status.${status}`)}
    </span>
  );
}
