import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './env.ts';

describe('parseConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const c = parseConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe('./data');
    expect(c.demo).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.oidc).toBeUndefined();
  });

  it('reads the documented variables', () => {
    const c = parseConfig({
      PORT: '8080',
      DEMO: 'false',
      DATABASE_URL: 'postgresql://u@localhost/db',
      MUNICIPALITY_HOSTS: 'GM0758=breda.example.nl,GM0308=Baarn.example',
      OIDC_ISSUER: 'https://login.example.nl',
      OIDC_CLIENT_ID: 'wijkwerk',
    });
    expect(c.port).toBe(8080);
    expect(c.demo).toBe(false);
    expect(c.municipalityHosts.get('baarn.example')).toBe('GM0308');
    expect(c.oidc?.clientId).toBe('wijkwerk');
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DEMO', 'maybe'],
    ['DATABASE_URL', 'mysql://x'],
    ['SESSION_SECRET', 'short'],
    ['MUNICIPALITY_HOSTS', 'breda.example.nl'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with one line naming the variable', (name, value) => {
    let error: unknown;
    try {
      parseConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
  });

  it('needs OIDC issuer and client id together', () => {
    expect(() => parseConfig({ OIDC_ISSUER: 'https://login.example.nl' })).toThrow(/OIDC_CLIENT_ID/);
  });
});
