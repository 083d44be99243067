import { type Locale, registerMessages, translate } from '../../../core/i18n/i18n.ts';
import '../i18n.ts';
import { reportEn } from './report-messages.en.ts';
import { reportNl } from './report-messages.nl.ts';

// The report's texts join the central catalogue when this file is imported (the report
// services and every report page import it); the plan's own texts (levels, states) come along.
registerMessages(reportNl, reportEn);

export type ReportMessageKey = keyof typeof reportNl;

export function reportText(
  locale: Locale,
  key: ReportMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(locale, key, params);
}
