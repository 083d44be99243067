import { registerMessages } from '../../../core/i18n/i18n.ts';
import { open311En } from './open311-messages.en.ts';
import { open311Nl } from './open311-messages.nl.ts';

// The Open311 koppeling's texts join the central catalogue when this file is imported.
registerMessages(open311Nl, open311En);

export type Open311MessageKey = keyof typeof open311Nl;
