import { describe, expect, it } from 'vitest';
import { barLength, niceMax, shade, ticks } from './chart-scale.ts';

describe('chart scales', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(1)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(47)).toBe(50);
    expect(niceMax(51)).toBe(100);
  });

  it('makes whole ticks from 0 up to the maximum', () => {
    expect(ticks(10)).toEqual([0, 5, 10]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(100)).toEqual([0, 50, 100]);
  });

  it('draws bars in proportion, never past the axis', () => {
    expect(barLength(5, 10, 300)).toBe(150);
    expect(barLength(0, 10, 300)).toBe(0);
    expect(barLength(20, 10, 300)).toBe(300);
    expect(barLength(3, 0, 300)).toBe(0);
  });

  it('keeps shade 0 for zero only', () => {
    expect(shade(0, 10)).toBe(0);
    expect(shade(1, 100)).toBe(1);
    expect(shade(10, 10)).toBe(4);
    expect(shade(6, 10)).toBe(3);
  });
});
