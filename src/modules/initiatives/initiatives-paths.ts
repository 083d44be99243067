// Every page path of the module in one place (Dutch, like the rest of the site), so parts link to
// each other without knowing each other's route files, and e-mails carry the same links.

export const initiativesPaths = {
  // Public
  start: () => '/meldingen',
  submit: () => '/meldingen/nieuw',
  follow: (token: string) => `/meldingen/volgen/${encodeURIComponent(token)}`,
  accounting: (token: string) => `/meldingen/volgen/${encodeURIComponent(token)}/verantwoording`,
  publicMap: () => '/meldingen/kaart',
  publicBudget: (areaCode: string) => `/meldingen/budget/${encodeURIComponent(areaCode)}`,
  file: (id: string) => `/meldingen/bestanden/${encodeURIComponent(id)}`,
  // Staff and partners
  inbox: () => '/meldingen/werkbak',
  register: () => '/meldingen/registreren',
  item: (id: string) => `/meldingen/behandelen/${encodeURIComponent(id)}`,
  itemBudget: (id: string) => `/meldingen/behandelen/${encodeURIComponent(id)}/budget`,
  figures: () => '/meldingen/cijfers',
  dashboard: () => '/meldingen/overzicht',
  trends: () => '/meldingen/trends',
  signals: () => '/meldingen/wijksignalen',
  signal: (id: string) => `/meldingen/wijksignalen/${encodeURIComponent(id)}`,
  budgets: () => '/meldingen/budgetten',
  budget: (id: string) => `/meldingen/budgetten/${encodeURIComponent(id)}`,
  // Configuration (administrators, coordinators)
  categories: () => '/beheer/meldingen/categorieen',
  routingRules: () => '/beheer/meldingen/routering',
  templates: () => '/beheer/meldingen/berichten',
  settings: () => '/beheer/meldingen/instellingen',
  configStart: () => '/beheer/meldingen',
  kinds: () => '/beheer/meldingen/soorten',
  kind: (id: string) => `/beheer/meldingen/soorten/${encodeURIComponent(id)}`,
  category: (id: string) => `/beheer/meldingen/categorieen/${encodeURIComponent(id)}`,
  newCategory: () => '/beheer/meldingen/categorieen/nieuw',
  routingRule: (id: string) => `/beheer/meldingen/routering/${encodeURIComponent(id)}`,
  template: (event: string) => `/beheer/meldingen/berichten/${encodeURIComponent(event)}`,
};

export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
