import { registerMessages } from '../../../core/i18n/i18n.ts';
import '../i18n.ts';
import { configEn } from './config-messages.en.ts';
import { configNl } from './config-messages.nl.ts';

// The config part's texts join the central catalogue when this file is imported (every config
// service imports it through config-access.ts, and every config page).
registerMessages(configNl, configEn);

export type ConfigMessageKey = keyof typeof configNl;
