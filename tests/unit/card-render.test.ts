/**
 * Share cards draw every letter they are given: Vietnamese with all its diacritics and the scripts
 * of the site's other languages (Latin for Hmong, Khmer). For reference titles, every character
 * must have a glyph in the font the card uses for it (checked with opentype.js, independently of
 * the renderer), each letter drawn alone must leave ink (a path in satori's SVG), the PNG must be 1200×630, not blank, differ from the same card without its title,
 * and come out byte for byte the same each time. The PNGs are written to tests/.screenshots/cards/
 * to be looked at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype, { type Font } from 'opentype.js';
import satori from 'satori';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_BODY, CARD_COLOURS, CARD_FONT_FAMILIES, CARD_LOGO, CARD_WIDTH, cardLayers, type CardContent } from '../../src/lib/cards/layout.ts';
import { CARD_FONT_FILES, cardEngine, cardLayout, cardPixels, cardPng, cardSvg, type CardEngine } from '../../src/lib/cards/render.ts';
import { CARD_IDENTITY } from '../helpers/cards.ts';
import { repoRoot, screenshotsDir } from '../helpers/paths.ts';


/** Every Vietnamese letter, with each tone mark, lower and upper case. */
const VIETNAMESE_LETTERS = [
  'aáàảãạăắằẳẵặâấầẩẫậbcdđeéèẻẽẹêếềểễệghiíìỉĩịklmnoóòỏõọôốồổỗộơớờởỡợpqrstuúùủũụưứừửữựvxyýỳỷỹỵ',
].flatMap((s) => [s, s.toLocaleUpperCase('vi')]).join('');

const REFERENCES: { name: string; content: CardContent }[] = [
  {
    name: 'vi-document',
    content: {
      ...CARD_IDENTITY,
      lang: 'vi',
      label: 'Chỉ thị',
      title: 'Chỉ thị của Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ về việc đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc trong tình hình mới',
      facts: ['Số 11/CT-UB', '21/4/1998', 'UBND tỉnh Phú Thọ'],
    },
  },
  {
    name: 'vi-letters',
    content: { ...CARD_IDENTITY, lang: 'vi', label: 'Hỏi – đáp', title: VIETNAMESE_LETTERS, facts: ['Đặng Thị Ngọc Hường · Ứng Hòa · Đắk Lắk'] },
  },
  {
    name: 'hmn',
    content: { ...CARD_IDENTITY, lang: 'hmn', label: 'Lus nug thiab lus teb', title: 'Txoj kev tiv thaiv kev ruaj ntseg ntawm lub teb chaws', facts: ['21/11/2026'] },
  },
  {
    name: 'km',
    content: {
      ...CARD_IDENTITY,
      lang: 'km',
      label: 'សំណួរ និងចម្លើយ',
      title: 'សំណួរ និងចម្លើយ៖ ចលនាប្រជាជនទាំងមូលការពារសន្តិសុខមាតុភូមិ នៅក្នុងភូមិ ឃុំ និងសង្កាត់',
      facts: ['២១/១១/២០២៦'],
    },
  },
];

const projectRequire = createRequire(path.join(repoRoot, 'package.json'));
const fontsByFamily = new Map<string, Font>();
let engine: CardEngine;
const pngs = new Map<string, Buffer>();
const outDir = path.join(screenshotsDir, 'cards');

beforeAll(async () => {
  for (const { family, weight, file } of CARD_FONT_FILES) {
    if (weight !== 700) continue;
    const data = readFileSync(projectRequire.resolve(file));
    fontsByFamily.set(family, opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)));
  }
  engine = await cardEngine();
  mkdirSync(outDir, { recursive: true });
  for (const { name, content } of REFERENCES) {
    const png = await cardPng(cardLayout(content, engine), engine);
    pngs.set(name, png);
    writeFileSync(path.join(outDir, `${name}.png`), png);
  }
});

/** The family a character is drawn in: the first of the card's stack that has a glyph for it. */
function familyFor(char: string): string | undefined {
  return CARD_FONT_FAMILIES.find((family) => fontsByFamily.get(family)!.charToGlyphIndex(char) > 0);
}

/** Grey levels of an image, and how much they vary. */
async function greyStats(png: Buffer): Promise<{ stdev: number; pixels: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const mean = data.reduce((sum, v) => sum + v, 0) / data.length;
  const variance = data.reduce((sum, v) => sum + (v - mean) ** 2, 0) / data.length;
  return { stdev: Math.sqrt(variance), pixels: data, width: info.width, height: info.height };
}

describe('glyph coverage', () => {
  it.each(REFERENCES.map((r) => [r.name, r.content] as const))('%s: every character has a glyph in the font used', (_name, content) => {
    const text = [content.label, content.label.toLocaleUpperCase(content.lang), content.title, ...content.facts, content.publisher].join(' ');
    const missing = [...new Set(text.normalize('NFC'))].filter((char) => !/\s/u.test(char) && !familyFor(char));
    expect(missing).toEqual([]);
    expect(engine.missingGlyphs(text)).toEqual([]);
  });

  it.each(REFERENCES.map((r) => [r.name, r.content] as const))('%s: every letter drawn alone leaves ink, none is blank', async (_name, content) => {
    const segmenter = new Intl.Segmenter(content.lang, { granularity: 'grapheme' });
    const clusters = [...new Set([...segmenter.segment(`${content.label} ${content.title}`.normalize('NFC'))].map((s) => s.segment))].filter((c) => !/^\s+$/u.test(c));
    const svg = await satori(
      {
        type: 'div',
        props: {
          style: { display: 'flex', flexWrap: 'wrap', fontFamily: CARD_FONT_FAMILIES.map((f) => `'${f}'`).join(', '), fontSize: 32, fontWeight: 700 },
          children: clusters.map((c) => ({ type: 'div', props: { style: { display: 'flex', width: 48, height: 64 }, children: c } })),
        },
      } as unknown as Parameters<typeof satori>[0],
      { width: 1200, height: 64 * Math.ceil(clusters.length / 25), fonts: engine.satoriFonts },
    );
    const inked = (svg.match(/<path [^>]*d="[^"]*[0-9][^"]*"/g) ?? []).length;
    expect(inked).toBe(clusters.length);
  });

  it('draws Khmer in Noto Sans Khmer and Vietnamese in Be Vietnam Pro', () => {
    const km = REFERENCES.find((r) => r.name === 'km')!.content.title;
    for (const char of km.replace(/\s/g, '')) expect(familyFor(char), `U+${char.codePointAt(0)!.toString(16)}`).toBe('Noto Sans Khmer');
    for (const char of VIETNAMESE_LETTERS) expect(familyFor(char), char).toBe('Be Vietnam Pro');
  });

  it('names characters no card font has, for the build warning', () => {
    expect(engine.missingGlyphs('An ninh 😀 த')).toEqual(['😀', 'த']);
  });
});

describe('rendered cards', () => {
  it.each(REFERENCES.map((r) => [r.name] as const))('%s: 1200×630, not blank, the title visibly drawn, at most 120 KB', async (name) => {
    const png = pngs.get(name)!;
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(png.length).toBeLessThanOrEqual(120 * 1024);

    const withTitle = await greyStats(png);
    expect(withTitle.stdev).toBeGreaterThan(20);

    const content = REFERENCES.find((r) => r.name === name)!.content;
    const withoutTitle = await greyStats(await cardPng(cardLayout({ ...content, title: '' }, engine), engine));
    let changed = 0;
    for (let i = 0; i < withTitle.pixels.length; i++) if (Math.abs(withTitle.pixels[i]! - withoutTitle.pixels[i]!) > 64) changed++;
    // The title's ink covers thousands of pixels; a blank or missing glyph run would not.
    expect(changed).toBeGreaterThan(5000);
  });

  it('lays the logo over the white square satori leaves for it', async () => {
    const tree = cardLayout(REFERENCES[0]!.content, engine);
    const svg = await cardSvg(tree, engine);
    // satori draws the square where CARD_LOGO says the logo goes.
    const square = `x="${CARD_LOGO.left}" y="${CARD_LOGO.top}" width="${CARD_LOGO.size}" height="${CARD_LOGO.size}" fill="#ffffff"`;
    expect(svg).toContain(square);

    const { data, info } = await sharp(pngs.get('vi-document')!).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => {
      const i = (y * info.width + x) * info.channels;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    };
    const unit = CARD_LOGO.size / 32;
    // The speaker's body (logo units 7–11 × 13–19) is red; the square around it is white.
    expect(at(Math.round(CARD_LOGO.left + 9 * unit), Math.round(CARD_LOGO.top + 16 * unit))).toEqual([0x9b, 0x1c, 0x1c]);
    expect(at(Math.round(CARD_LOGO.left + 16 * unit), Math.round(CARD_LOGO.top + 3 * unit))).toEqual([255, 255, 255]);
    // Outside the square, the band is red.
    expect(at(CARD_LOGO.left - 4, CARD_LOGO.top + CARD_LOGO.size / 2)).toEqual([0x9b, 0x1c, 0x1c]);
  });

  it('draws the red rule above the bottom strip as a box, with no clip path for the rasteriser to fill', async () => {
    const tree = cardLayout(REFERENCES[0]!.content, engine);
    const svg = await cardSvg(tree, engine);
    // A border would be drawn through a clip path on a canvas of the whole card: a third of the cost.
    expect(svg).not.toMatch(/clip-path="|mask="url/);

    const { data, info } = await sharp(pngs.get('vi-document')!).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    // Which of the card's colours a pixel at the left edge is; the palette may move a flat colour by a level or two.
    const colourAt = (y: number) => {
      const i = (y * info.width + 8) * info.channels;
      const near = Object.entries(CARD_COLOURS).find(([, hex]) =>
        [1, 3, 5].every((at, c) => Math.abs(Number.parseInt(hex.slice(at, at + 2), 16) - data[i + c]!) <= 2),
      );
      return near?.[0] ?? 'other';
    };
    // From two rows above the strip down: the body's paper, 6 rows of the accent, then the strip's tint to the bottom.
    const rows = Array.from({ length: 12 }, (_, k) => colourAt(info.height - 72 - 2 + k));
    expect(rows).toEqual(['paper', 'paper', ...Array(6).fill('accent'), ...Array(4).fill('tint')]);
    expect(colourAt(info.height - 1)).toBe('tint');
  });

  it.each(REFERENCES.map((r) => [r.name, r.content] as const))('%s: the frame drawn once and the body drawn alone give the pixels of the whole card', async (_name, content) => {
    const tree = cardLayout(content, engine);
    const whole = await sharp(Buffer.from(await cardSvg(tree, engine)))
      .composite([{ input: engine.logo, left: CARD_LOGO.left, top: CARD_LOGO.top }])
      .ensureAlpha()
      .raw()
      .toBuffer();
    const { data } = await cardPixels(tree, engine);
    expect(data.length).toBe(whole.length);
    let differing = 0;
    for (let i = 0; i < whole.length; i++) if (data[i] !== whole[i]) differing++;
    expect(differing).toBe(0);
    // The body layer holds the card's own text, the frame none of it.
    const { frame, body } = cardLayers(tree);
    expect(JSON.stringify(body)).toContain(content.facts[0]!);
    expect(JSON.stringify(frame)).not.toContain(content.facts[0]!);
  });

  it('draws a frame once per site identity and language, not once per card', async () => {
    const counting = { ...engine, frames: new Map<string, Promise<Buffer>>() };
    const content = REFERENCES[0]!.content;
    await cardPixels(cardLayout(content, counting), counting);
    await cardPixels(cardLayout({ ...content, title: 'Kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc' }, counting), counting);
    expect(counting.frames.size).toBe(1);
    const other = await cardPixels(cardLayout({ ...content, publisher: 'Công an tỉnh' }, counting), counting);
    expect(counting.frames.size).toBe(2);
    // The new publisher is in the band, above the body's rows.
    const first = await cardPixels(cardLayout(content, counting), counting);
    const bandRows = CARD_BODY.top * CARD_WIDTH * 4;
    expect(other.data.subarray(0, bandRows).equals(first.data.subarray(0, bandRows))).toBe(false);
  });

  it('gives the same bytes for the same content, in this process and in another', async () => {
    const content = REFERENCES[0]!.content;
    const again = await cardPng(cardLayout(content, engine), engine);
    expect(again.equals(pngs.get('vi-document')!)).toBe(true);

    const script = [
      `import { cardEngine, cardLayout, cardPng } from ${JSON.stringify(path.join(repoRoot, 'src/lib/cards/render.ts'))};`,
      'const engine = await cardEngine();',
      `const png = await cardPng(cardLayout(${JSON.stringify(content)}, engine), engine);`,
      "process.stdout.write(png.toString('base64'));",
    ].join('\n');
    const other = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(other.status, other.stderr).toBe(0);
    expect(Buffer.from(other.stdout, 'base64').equals(pngs.get('vi-document')!)).toBe(true);
  });
});
