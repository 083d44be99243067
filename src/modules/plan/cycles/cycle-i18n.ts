import { registerMessages } from '../../../core/i18n/i18n.ts';
import { cycleEn } from './cycle-messages.en.ts';
import { cycleNl } from './cycle-messages.nl.ts';

// The texts of planning cycles, the timeline and the wijktoets join the catalogue wherever this
// file is imported: the services (error keys) and every page of the part (also in the page bundle).
registerMessages(cycleNl, cycleEn);

export type CycleMessageKey = keyof typeof cycleNl;
