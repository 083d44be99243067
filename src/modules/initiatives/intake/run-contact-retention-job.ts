import type { AppContext } from '../../../core/app-context.ts';

// Placeholder: removes contact details and photos of items closed longer than the retention period.
export async function runContactRetentionJob(app: AppContext, now: Date): Promise<{ removed: number }> {
  void app;
  void now;
  return { removed: 0 };
}
