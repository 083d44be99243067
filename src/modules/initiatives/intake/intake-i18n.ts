import { registerMessages } from '../../../core/i18n/i18n.ts';
import '../i18n.ts';
import { intakeEn } from './intake-messages.en.ts';
import { intakeNl } from './intake-messages.nl.ts';

// The intake part's texts join the central catalogue when this file is imported (every intake
// service and page imports it).
registerMessages(intakeNl, intakeEn);

export type IntakeMessageKey = keyof typeof intakeNl;
