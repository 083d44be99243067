import { describe, expect, it } from 'vitest';
import { effectivePolicy, publicationMode } from './editorial-policy.ts';

describe('effectivePolicy', () => {
  const settings = [
    { areaPath: 'GM9999', policy: 'open' as const },
    { areaPath: 'GM9999/WK999902', policy: 'partners_only' as const },
    { areaPath: 'GM9999/WK999902/BU99990203', policy: 'edited' as const },
  ];

  it('defaults to edited without any setting', () => {
    expect(effectivePolicy('GM9999/WK999901/BU99990101', [])).toEqual({ policy: 'edited', fromPath: null });
  });

  it('takes the nearest ancestor with a setting, or the area itself', () => {
    expect(effectivePolicy('GM9999/WK999902/BU99990201', settings)).toEqual({
      policy: 'partners_only',
      fromPath: 'GM9999/WK999902',
    });
    expect(effectivePolicy('GM9999/WK999902/BU99990203', settings).policy).toBe('edited');
    expect(effectivePolicy('GM9999/WK999902', settings).policy).toBe('partners_only');
    expect(effectivePolicy('GM9999/WK999901/BU99990101', settings)).toEqual({
      policy: 'open',
      fromPath: 'GM9999',
    });
  });

  it('does not mistake a sibling with a longer code for a descendant', () => {
    const s = [{ areaPath: 'GM9999/WK99990', policy: 'open' as const }];
    expect(effectivePolicy('GM9999/WK999902', s).policy).toBe('edited');
  });

  it('does not depend on the order of the settings', () => {
    expect(effectivePolicy('GM9999/WK999902/BU99990201', [...settings].reverse()).policy).toBe(
      'partners_only',
    );
  });
});

describe('publicationMode', () => {
  it.each([
    ['edited', 'editor', 'published'],
    ['edited', 'organisation', 'pending'],
    ['edited', 'contributor', 'pending'],
    ['edited', 'public', 'pending'],
    ['open', 'editor', 'published'],
    ['open', 'organisation', 'to_check'],
    ['open', 'contributor', 'to_check'],
    ['open', 'public', 'to_check'],
    ['partners_only', 'editor', 'published'],
    ['partners_only', 'organisation', 'published'],
    ['partners_only', 'contributor', 'pending'],
    ['partners_only', 'public', 'pending'],
  ] as const)('%s policy, %s writes → %s', (policy, role, outcome) => {
    expect(publicationMode(policy, role)).toBe(outcome);
  });
});
