import { registerMessages } from '../../../core/i18n/i18n.ts';
import { programmeEn } from './programme-messages.en.ts';
import { programmeNl } from './programme-messages.nl.ts';

// The programme's texts join the central catalogue when this file is imported (every service of
// the programme imports it, and every programme page).
registerMessages(programmeNl, programmeEn);

export type ProgrammeMessageKey = keyof typeof programmeNl;
