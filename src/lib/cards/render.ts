/**
 * Draws share cards: loads the fonts (full TTFs from node_modules, so every Vietnamese and Khmer
 * glyph is there), measures text with HarfBuzz (the shaper satori itself uses, so measured lines
 * are the lines drawn), lays the card out (layout.ts), turns it into SVG with satori, into pixels
 * with sharp, and writes them with the design's palette (png.ts). Same content, fonts and engine
 * versions give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import {
  CARD_BODY,
  CARD_EDGES,
  CARD_FONT_FAMILIES,
  CARD_HEIGHT,
  CARD_LOGO,
  CARD_WIDTH,
  cardLayers,
  cardTree,
  type CardContent,
  type CardFontWeight,
  type CardMeasure,
  type CardNode,
} from './layout.ts';
import { CardPalette, PALETTE_DEFLATE_LEVEL } from './png.ts';

/** The font files cards are drawn with: the site's Be Vietnam Pro, and Noto Sans Khmer. */
export const CARD_FONT_FILES: readonly { family: (typeof CARD_FONT_FAMILIES)[number]; weight: CardFontWeight; file: string }[] = [
  { family: 'Be Vietnam Pro', weight: 400, file: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf' },
  { family: 'Be Vietnam Pro', weight: 700, file: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf' },
  { family: 'Noto Sans Khmer', weight: 400, file: '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf' },
  { family: 'Noto Sans Khmer', weight: 700, file: '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf' },
];

/**
 * Cards are written with a palette of the design's colours and 16 steps between each pair that
 * meets at an edge (png.ts): anti-aliased text looks the same as in full colour at about 31 KB
 * instead of ≈65 KB, without searching for a palette per card.
 */
export const CARD_PALETTE_STEPS = 16;

/**
 * When a card has a colour that palette cannot hold, sharp finds one: up to 256 colours, without
 * dithering, as few as keep quality 90.
 */
export const PNG_OPTIONS = { palette: true, quality: 90, effort: 1, dither: 0 } as const;

/** Bumped when drawing changes in a way the card's element tree does not show. */
export const CARD_RENDERER_VERSION = 3;

// Packages are resolved from the project, not from this module: in a build it runs from a bundle.
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

interface HbGlyphPosition {
  x_advance: number;
}
interface HbBuffer {
  addText(text: string): void;
  guessSegmentProperties(): void;
  setLanguage(lang: string): void;
  /** Read from HarfBuzz's memory; json() would serialise and parse every glyph. */
  getGlyphPositions(): HbGlyphPosition[];
  destroy(): void;
}
interface HbFace {
  upem: number;
  collectUnicodes(): Uint32Array;
}
interface HbApi {
  createBlob(data: ArrayBuffer | Uint8Array): unknown;
  createFace(blob: unknown, index: number): HbFace;
  createFont(face: HbFace): object;
  createBuffer(): HbBuffer;
  shape(font: object, buffer: HbBuffer, features?: string): void;
}

interface LoadedFont {
  family: string;
  weight: CardFontWeight;
  data: Buffer;
  face: HbFace;
  font: object;
  coverage: Set<number>;
}

/** Everything needed to draw cards, loaded once per process. */
export interface CardEngine {
  fonts: LoadedFont[];
  /** The same fonts as satori takes them, built once (satori caches per font object). */
  satoriFonts: { name: string; data: Buffer; weight: CardFontWeight; style: 'normal' }[];
  /** The logo as a PNG of CARD_LOGO.size px, laid over every card. */
  logo: Buffer;
  /** The palette cards are written with. */
  palette: CardPalette;
  /** Frames (cardLayers) drawn so far, as RGBA pixels, by their element tree. */
  frames: Map<string, Promise<Buffer>>;
  /** Hash of the font files and engine versions: part of every card's cache key. */
  fingerprint: string;
  measure: CardMeasure;
  /** Characters of `text` that no card font has a glyph for (they would show as empty boxes). */
  missingGlyphs(text: string): string[];
}

let engine: Promise<CardEngine> | undefined;

/** The shared engine: fonts read and HarfBuzz started on first use. */
export function cardEngine(): Promise<CardEngine> {
  engine ??= loadEngine();
  return engine;
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(projectRequire.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  return manifest.version;
}

async function loadEngine(): Promise<CardEngine> {
  const hb = await (projectRequire('harfbuzzjs') as Promise<HbApi>);
  const hash = createHash('sha256');
  const fonts = CARD_FONT_FILES.map(({ family, weight, file }) => {
    const data = readFileSync(projectRequire.resolve(file));
    hash.update(data);
    const face = hb.createFace(hb.createBlob(data), 0);
    return { family, weight, data, face, font: hb.createFont(face), coverage: new Set(face.collectUnicodes()) };
  });
  hash.update(CARD_LOGO.svg);
  hash.update(
    `satori@${packageVersion('satori')} sharp@${sharp.versions.sharp} vips@${sharp.versions.vips} renderer@${CARD_RENDERER_VERSION} ` +
      `zlib@${process.versions.zlib}:${PALETTE_DEFLATE_LEVEL} ${JSON.stringify({ CARD_EDGES, CARD_PALETTE_STEPS, PNG_OPTIONS })}`,
  );

  const stacks = new Map<CardFontWeight, LoadedFont[]>(
    ([400, 700] as const).map((weight) => [weight, CARD_FONT_FAMILIES.map((family) => fonts.find((f) => f.family === family && f.weight === weight)!)]),
  );
  const cache = new Map<string, number>();

  const shapeWidth = (font: LoadedFont, text: string): number => {
    const buffer = hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font.font, buffer);
      return buffer.getGlyphPositions().reduce((sum, glyph) => sum + glyph.x_advance, 0) / font.face.upem;
    } finally {
      buffer.destroy();
    }
  };

  const measure: CardMeasure = (text, weight) => {
    const key = `${weight}\u0000${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    let width = 0;
    for (const run of fontRuns(text, stacks.get(weight)!)) width += shapeWidth(run.font, run.text);
    if (cache.size > 200_000) cache.clear();
    cache.set(key, width);
    return width;
  };

  const missingGlyphs = (text: string): string[] => {
    const missing = new Set<string>();
    for (const char of text.normalize('NFC')) {
      if (/\s/u.test(char)) continue;
      const cp = char.codePointAt(0)!;
      if (!fonts.some((f) => f.coverage.has(cp))) missing.add(char);
    }
    return [...missing];
  };

  const satoriFonts = fonts.map(({ family, weight, data }) => ({ name: family, data, weight, style: 'normal' as const }));
  // The logo SVG is 32 px at 72 dpi: drawn at the density that makes it CARD_LOGO.size px.
  const logo = await sharp(Buffer.from(CARD_LOGO.svg), { density: (72 * CARD_LOGO.size) / 32 }).png().toBuffer();
  const palette = new CardPalette(CARD_EDGES, CARD_PALETTE_STEPS);
  return { fonts, satoriFonts, logo, palette, frames: new Map(), fingerprint: hash.digest('hex').slice(0, 16), measure, missingGlyphs };
}

/** Marks and joiners stay in the run of the letter they belong to. */
const CONTINUES_RUN = /[\p{M}\u200c\u200d\ufe00-\ufe0f]/u;

/** Splits text into runs, each set in the first font of the stack that has its characters. */
function fontRuns(text: string, stack: readonly LoadedFont[]): { font: LoadedFont; text: string }[] {
  const runs: { font: LoadedFont; text: string }[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    const cp = char.codePointAt(0)!;
    const font =
      last && (CONTINUES_RUN.test(char) || (last.font.coverage.has(cp) && /\s/u.test(char)))
        ? last.font
        : (stack.find((f) => f.coverage.has(cp)) ?? stack[0]!);
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

/** The card's element tree for `content`, laid out with the engine's measurements. */
export function cardLayout(content: CardContent, cards: CardEngine): CardNode {
  return cardTree(content, cards.measure);
}

/** SVG of a laid-out card, or of one of its layers at the layer's height. */
export async function cardSvg(tree: CardNode, cards: CardEngine, height: number = CARD_HEIGHT): Promise<string> {
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height, fonts: cards.satoriFonts });
}

/** RGBA pixels of an SVG drawn by satori, `height` rows of CARD_WIDTH. */
async function rasterise(svg: string, height: number, logo?: Buffer): Promise<Buffer> {
  let image = sharp(Buffer.from(svg));
  if (logo) image = image.composite([{ input: logo, left: CARD_LOGO.left, top: CARD_LOGO.top }]);
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== CARD_WIDTH || info.height !== height || info.channels !== 4) {
    throw new Error(`A card layer came out ${info.width}×${info.height}×${info.channels}, not ${CARD_WIDTH}×${height}×4.`);
  }
  return data;
}

/** Frames are few (one per site identity and language); a process drawing many more starts again. */
const MAX_FRAMES = 64;

function framePixels(frame: CardNode, cards: CardEngine): Promise<Buffer> {
  const key = JSON.stringify(frame);
  let pixels = cards.frames.get(key);
  if (!pixels) {
    if (cards.frames.size >= MAX_FRAMES) cards.frames.clear();
    pixels = cardSvg(frame, cards).then((svg) => rasterise(svg, CARD_HEIGHT, cards.logo));
    // A failed frame is drawn again next time rather than failing every card after it.
    pixels.catch(() => cards.frames.delete(key));
    cards.frames.set(key, pixels);
  }
  return pixels;
}

/**
 * The card's pixels, RGBA: its frame, drawn once and kept, with the rows of the body drawn for
 * this card laid in (layout.ts, cardLayers).
 */
export async function cardPixels(tree: CardNode, cards: CardEngine): Promise<{ data: Buffer; width: number; height: number }> {
  const { frame, body } = cardLayers(tree);
  const [framed, drawn] = await Promise.all([framePixels(frame, cards), cardSvg(body, cards, CARD_BODY.height).then((svg) => rasterise(svg, CARD_BODY.height))]);
  const row = CARD_WIDTH * 4;
  const data = Buffer.concat([framed.subarray(0, CARD_BODY.top * row), drawn, framed.subarray((CARD_BODY.top + CARD_BODY.height) * row)]);
  return { data, width: CARD_WIDTH, height: CARD_HEIGHT };
}

/** PNG of a laid-out card: with the design's palette, or sharp's when a colour falls outside it. */
export async function cardPng(tree: CardNode, cards: CardEngine): Promise<Buffer> {
  const { data, width, height } = await cardPixels(tree, cards);
  return (
    (await cards.palette.encode(data, width, height)) ??
    (await sharp(data, { raw: { width, height, channels: 4 } }).png(PNG_OPTIONS).toBuffer())
  );
}
