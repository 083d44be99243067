import type { RouteConfigEntry } from '@react-router/dev/routes';
import { route } from '@react-router/dev/routes';

// The quick budget's pages (paths in src/modules/initiatives/initiatives-paths.ts): the public
// rules page per area, the budgets and their ledgers for staff (with the CSV/XLSX downloads for
// finance), the item's budget page (grant, withdraw, payments, review) and the initiator's
// accounting behind their private link.
export const budgetRoutes: RouteConfigEntry[] = [
  route('meldingen/budget/:areaCode', 'routes/initiatives/budget/public-budget.tsx'),
  route('meldingen/budgetten', 'routes/initiatives/budget/budgets.tsx'),
  route('meldingen/budgetten/:id', 'routes/initiatives/budget/budget-ledger.tsx'),
  route('meldingen/budgetten/:id/grootboek.csv', 'routes/initiatives/budget/ledger-download.ts', {
    id: 'initiatives-budget-ledger-csv',
  }),
  route('meldingen/budgetten/:id/grootboek.xlsx', 'routes/initiatives/budget/ledger-download.ts', {
    id: 'initiatives-budget-ledger-xlsx',
  }),
  route('meldingen/behandelen/:id/budget', 'routes/initiatives/budget/item-budget.tsx'),
  route('meldingen/volgen/:token/verantwoording', 'routes/initiatives/budget/accounting.tsx'),
];
