import type { pagesNl } from './pages.nl.ts';

export const pagesEn: Record<keyof typeof pagesNl, string> = {};
