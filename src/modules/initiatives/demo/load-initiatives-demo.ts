import type { Db } from '../../../core/db/database.ts';

// Placeholder: the demo municipality's categories, routing rules, items in every state, a budget.
export async function loadInitiativesDemo(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  void db;
  void log;
}
