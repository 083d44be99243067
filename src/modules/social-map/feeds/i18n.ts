import { registerMessages } from '../../../core/i18n/i18n.ts';
import { feedsEn } from './messages.en.ts';
import { feedsNl } from './messages.nl.ts';

// The texts of calendar feeds join the central catalogue when this file is imported (the feed
// services and pages import it).
registerMessages(feedsNl, feedsEn);

export type FeedsMessageKey = keyof typeof feedsNl;
