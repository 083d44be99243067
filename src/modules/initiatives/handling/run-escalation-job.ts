import type { AppContext } from '../../../core/app-context.ts';

// Placeholder: flags overdue items and escalates them to the coordinator after the second limit.
export async function runEscalationJob(app: AppContext, now: Date): Promise<{ escalated: number }> {
  void app;
  void now;
  return { escalated: 0 };
}
