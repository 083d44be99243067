export interface Municipality {
  id: string;
  code: string;
  name: string;
  slug: string;
  isDemo: boolean;
  hostnames: string[];
  /** CSS custom properties (design tokens) that override the default theme, e.g. --utrecht-color-primary. */
  theme: Record<string, string>;
}

/** Only design-token custom properties with plain values may reach the page's style element. */
export function themeCss(theme: Record<string, string>): string {
  const lines = Object.entries(theme)
    .filter(([k, v]) => /^--[a-z0-9-]+$/.test(k) && /^[#a-zA-Z0-9 .,%()-]+$/.test(v))
    .map(([k, v]) => `${k}: ${v};`);
  return lines.length ? `.voorbeeld-theme { ${lines.join(' ')} }` : '';
}
