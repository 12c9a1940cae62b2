/**
 * Cards are written as palette PNGs with a palette made from the design's colours: every pixel of
 * a real card must fit it (else every card would silently take the slow path), the PNG must decode
 * with an independent decoder (sharp's libspng checks every chunk's CRC) to the rasterised pixels
 * within the palette's tolerance, flat colours exactly; a colour outside the palette makes the
 * encoder decline and cardPng fall back to a general quantiser.
 */
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_COLOURS, CARD_EDGES, CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/cards/layout.ts';
import { CardPalette } from '../../src/lib/cards/png.ts';
import { SAMPLE_CARDS } from '../helpers/cards.ts';
import { CARD_PALETTE_STEPS, cardEngine, cardLayout, cardPixels, cardPng, type CardEngine } from '../../src/lib/cards/render.ts';

const CARDS = SAMPLE_CARDS;

function rgba(hex: string): number[] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).concat(255);
}

/** Largest difference in any channel between RGBA pixels and a decoded PNG, and the PNG's kind. */
async function compare(rgbaPixels: Uint8Array, png: Buffer) {
  const meta = await sharp(png).metadata();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let worst = 0;
  for (let i = 0; i < rgbaPixels.length; i++) worst = Math.max(worst, Math.abs(rgbaPixels[i]! - data[i]!));
  return { worst, width: info.width, height: info.height, palette: meta.isPalette };
}

let engine: CardEngine;
beforeAll(async () => {
  engine = await cardEngine();
});

describe('card palette', () => {
  it('holds the design colours exactly and the steps between each pair that meets', () => {
    const palette = new CardPalette(CARD_EDGES, CARD_PALETTE_STEPS);
    const entries = Array.from({ length: palette.size }, (_, i) => [...palette.entries.subarray(3 * i, 3 * i + 3)].join(','));
    for (const hex of Object.values(CARD_COLOURS)) expect(entries).toContain(rgba(hex).slice(0, 3).join(','));
    // Each colour once: white to ink and white to grey share some mixes.
    expect(new Set(entries).size).toBe(palette.size);
    expect(palette.size).toBeGreaterThan(Object.keys(CARD_COLOURS).length + (CARD_EDGES.length - 1) * (CARD_PALETTE_STEPS - 1));
    expect(palette.size).toBeLessThanOrEqual(Object.keys(CARD_COLOURS).length + CARD_EDGES.length * (CARD_PALETTE_STEPS - 1));
    expect(() => new CardPalette(CARD_EDGES, 60)).toThrow(/256/);
  });

  it('writes an image of known colours and their mixes, and declines what it cannot hold', async () => {
    const palette = new CardPalette([['#ffffff', '#1b1b1b'], ['#9b1c1c', '#ffffff']], 16);
    const width = 64;
    const height = 4;
    const pixels = new Uint8Array(width * height * 4);
    for (let x = 0; x < width; x++) {
      // Row 0: white to ink in 64 levels; row 1: accent to white; rows 2 and 3: flat colours.
      const t = x / (width - 1);
      const rows = [
        [255 + (0x1b - 255) * t, 255 + (0x1b - 255) * t, 255 + (0x1b - 255) * t],
        [0x9b + (255 - 0x9b) * t, 0x1c + (255 - 0x1c) * t, 0x1c + (255 - 0x1c) * t],
        [0x9b, 0x1c, 0x1c],
        [255, 255, 255],
      ];
      rows.forEach((colour, y) => pixels.set([...colour.map(Math.round), 255], (y * width + x) * 4));
    }
    const png = await palette.encode(pixels, width, height);
    expect(png).not.toBeNull();
    const { worst, palette: isPalette } = await compare(pixels, png!);
    expect(isPalette).toBe(true);
    expect(worst).toBeLessThanOrEqual(palette.tolerance);
    // Flat colours come back exactly.
    const { data } = await sharp(png!).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(2 * width * 4, 2 * width * 4 + 4)]).toEqual(rgba('#9b1c1c'));
    expect([...data.subarray(3 * width * 4 + 40, 3 * width * 4 + 44)]).toEqual(rgba('#ffffff'));

    const green = pixels.slice();
    green.set([0, 160, 0, 255], (width + 5) * 4);
    expect(await palette.encode(green, width, height)).toBeNull();
    const seeThrough = pixels.slice();
    seeThrough[(2 * width + 7) * 4 + 3] = 128;
    expect(await palette.encode(seeThrough, width, height)).toBeNull();
    await expect(palette.encode(pixels.subarray(4), width, height)).rejects.toThrow(/RGBA/);
  });

  it.each(CARDS.map((c, i) => [`${i + 1}, ${c.lang}, ${c.label}`, c] as const))('holds every pixel of card %s', async (_name, content) => {
    const { data, width, height } = await cardPixels(cardLayout(content, engine), engine);
    const png = await engine.palette.encode(data, width, height);
    // Null would mean the design has a colour CARD_EDGES does not name: every card would take the slow path.
    expect(png).not.toBeNull();
    const result = await compare(data, png!);
    expect(result).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, palette: true });
    expect(result.worst).toBeLessThanOrEqual(engine.palette.tolerance);
    // And it is what cardPng writes.
    expect((await cardPng(cardLayout(content, engine), engine)).equals(png!)).toBe(true);
  });

  it('falls back to a general quantiser when a card has a colour outside the palette', async () => {
    const narrow = { ...engine, palette: new CardPalette([[CARD_COLOURS.paper, CARD_COLOURS.ink]], 16) };
    const tree = cardLayout(CARDS[0]!, engine);
    const { data } = await cardPixels(tree, engine);
    expect(await narrow.palette.encode(data, CARD_WIDTH, CARD_HEIGHT)).toBeNull();
    const png = await cardPng(tree, narrow);
    const result = await compare(data, png);
    expect(result).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, palette: true });
    // libimagequant at quality 90 without dithering: close, not exact.
    expect(result.worst).toBeLessThan(48);
  });
});
