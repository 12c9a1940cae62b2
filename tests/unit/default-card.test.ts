/**
 * The default share card script draws a 1200×630 PNG, and the committed card is that size.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardSvg, HEIGHT, WIDTH, wrap, writeDefaultCard } from '../../scripts/default-card.ts';
import { repoRoot } from '../helpers/paths.ts';
import { site } from '../../site.config.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/syndication/card.ts';
import { routes } from '../../src/lib/routes.ts';

const work = mkdtempSync(path.join(tmpdir(), 'loa-card-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pngSize = (file: string) => {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

describe('default share card', () => {
  it('wraps the tagline by words', () => {
    expect(wrap('một hai ba bốn năm', 8)).toEqual(['một hai', 'ba bốn', 'năm']);
  });

  it('names the site, its publisher and address', () => {
    const svg = cardSvg();
    expect(svg).toContain(`>${site.name}</text>`);
    expect(svg).toContain(`>${site.publisher}</text>`);
    expect(svg).toContain(new URL(site.baseUrl).host);
  });

  it('draws a 1200×630 PNG', async () => {
    const file = path.join(work, 'the.png');
    await writeDefaultCard(file);
    expect(pngSize(file)).toEqual({ width: WIDTH, height: HEIGHT });
  });

  it('is committed at the path the site links to, at the declared size', () => {
    expect(pngSize(path.join(repoRoot, 'public', routes.defaultCard()))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
  });
});
