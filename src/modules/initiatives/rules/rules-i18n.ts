import { registerMessages } from '../../../core/i18n/i18n.ts';
import { rulesEn } from './rules-messages.en.ts';
import { rulesNl } from './rules-messages.nl.ts';

// The rules' texts join the central catalogue when this file is imported (transitions.ts and
// budget.ts import it, so whoever shows their keys has them).
registerMessages(rulesNl, rulesEn);

export type RulesMessageKey = keyof typeof rulesNl;
