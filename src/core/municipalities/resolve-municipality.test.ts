import { describe, expect, it } from 'vitest';
import type { Municipality } from './municipality.ts';
import { themeCss } from './municipality.ts';
import { resolveMunicipality } from './resolve-municipality.ts';

const m = (code: string, hostnames: string[] = []): Municipality => ({
  id: code,
  code,
  name: code,
  slug: code.toLowerCase(),
  isDemo: false,
  hostnames,
  theme: {},
});

describe('resolveMunicipality', () => {
  const all = [m('GM0308'), m('GM0758', ['wijken.breda.example'])];

  it('serves the only municipality on any host', () => {
    expect(resolveMunicipality([m('GM0308')], 'anything:3000', new Map())?.code).toBe('GM0308');
  });

  it('picks by configured host name, ignoring the port and case', () => {
    const hosts = new Map([['baarn.example', 'GM0308']]);
    expect(resolveMunicipality(all, 'Baarn.Example:8080', hosts)?.code).toBe('GM0308');
  });

  it('picks by a host name stored on the municipality', () => {
    expect(resolveMunicipality(all, 'wijken.breda.example', new Map())?.code).toBe('GM0758');
  });

  it('falls back to the first configured municipality for unknown hosts', () => {
    const hosts = new Map([['breda.example', 'GM0758']]);
    expect(resolveMunicipality(all, 'unknown.example', hosts)?.code).toBe('GM0758');
  });

  it('answers undefined when there is no municipality yet', () => {
    expect(resolveMunicipality([], 'x', new Map())).toBeUndefined();
  });
});

describe('themeCss', () => {
  it('keeps design-token overrides and drops anything that could break out of the style element', () => {
    const css = themeCss({
      '--utrecht-color-primary': '#01689b',
      '--evil': 'red; } body { display:none',
      color: 'red',
      '--x': '</style><script>',
    });
    expect(css).toContain('--utrecht-color-primary: #01689b;');
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('<');
    expect(css).not.toMatch(/[^-]color: red/);
  });
});
