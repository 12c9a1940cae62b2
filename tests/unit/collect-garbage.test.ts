/**
 * collectGarbage (src/lib/delivery/collect-garbage.ts): the build calls it once the pages are
 * rendered, so that the heap the rendering grew is given back before Pagefind writes its index.
 */
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/lib/delivery/collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees what nothing refers to any more, at once', () => {
    let garbage: { n: number; text: string }[] | null = Array.from({ length: 1_000_000 }, (_, n) => ({ n, text: `item ${n}` }));
    const held = process.memoryUsage().heapUsed;
    expect(garbage).toHaveLength(1_000_000);
    garbage = null;
    collectGarbage();
    const after = process.memoryUsage().heapUsed;
    // A million small objects and strings are some 50 MB; most of it must be gone.
    expect(held - after).toBeGreaterThan(30 * 2 ** 20);
  });

  it('keeps what is still referred to, and adds no global gc() to the page code', () => {
    const kept = Array.from({ length: 1000 }, (_, n) => ({ n }));
    collectGarbage();
    collectGarbage();
    expect(kept.reduce((sum, { n }) => sum + n, 0)).toBe(499_500);
    expect('gc' in globalThis).toBe(false);
  });
});
