import { registerMessages } from '../../../../core/i18n/i18n.ts';
import '../../../../modules/social-map/i18n.ts';
import { smEditorEn } from './editor-messages.en.ts';
import { smEditorNl } from './editor-messages.nl.ts';

// The editing pages' texts join the catalogue when a page imports this file (server and browser
// bundle alike); the module's own texts (kinds, states, …) come with it.
registerMessages(smEditorNl, smEditorEn);
