/**
 * Metric-matched fallbacks for Be Vietnam Pro. Until the web font arrives (font-display: swap) a
 * page is drawn in a system font; without adjustment that font sets lines wider or narrower and
 * places them differently, so when Be Vietnam Pro swaps in, lines rewrap and everything below
 * them jumps. Each fallback face here is a common system font scaled (size-adjust) so that
 * Vietnamese running text is as wide as in Be Vietnam Pro, and given Be Vietnam Pro's ascent,
 * descent and line gap: the swap then changes the letters, not the layout.
 *
 * The numbers come from the font files: Be Vietnam Pro from @expo-google-fonts/be-vietnam-pro
 * (the same design as the subsets the site serves), the system fonts from metric-identical
 * copies (devDependencies). `npm run fonts` writes them to src/styles/font-fallbacks.css;
 * tests/unit/font-fallbacks.test.ts checks that the file is current.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype, { type Font } from 'opentype.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const projectRequire = createRequire(path.join(repoRoot, 'package.json'));

export const FALLBACKS_CSS = path.join(repoRoot, 'src', 'styles', 'font-fallbacks.css');
/** Where the web font's faces are declared, with the characters each covers. */
export const WEB_FONT_CSS = path.join(repoRoot, 'src', 'styles', 'fonts.css');

export const WEB_FAMILY = 'Be Vietnam Pro';
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

const WEB_FONT_FILES: Record<Weight, string> = {
  400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  700: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
};

export interface SystemFont {
  /** CSS family name of the fallback face built on it. */
  family: string;
  /**
   * Names local() finds the font by, per weight (browsers match the full or the PostScript name).
   * Each name costs a look-up on systems without the font, so only those the font goes by there.
   */
  local: Record<Weight, string[]>;
  /** A file with the same advance widths, per weight (a package path). */
  files: Record<Weight, string>;
}

/**
 * The sans-serif fonts readers' systems draw with before the web font arrives, most readers
 * first: Roboto on Android phones; Arial on Windows, macOS and iOS, where Linux and ChromeOS have
 * Liberation Sans or Arimo with the same widths; DejaVu Sans, Linux's usual default. A system
 * that has none of them falls back to system-ui unadjusted.
 */
export const SYSTEM_FONTS: SystemFont[] = [
  {
    family: 'Be Vietnam Pro Fallback Roboto',
    local: { 400: ['Roboto', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold'] },
    files: { 400: '@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf', 700: '@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf' },
  },
  {
    family: 'Be Vietnam Pro Fallback Arial',
    local: { 400: ['Arial', 'Liberation Sans', 'Arimo'], 700: ['Arial Bold', 'Liberation Sans Bold', 'Arimo Bold'] },
    files: { 400: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', 700: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf' },
  },
  {
    family: 'Be Vietnam Pro Fallback DejaVu',
    local: { 400: ['DejaVu Sans'], 700: ['DejaVu Sans Bold'] },
    files: { 400: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 700: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf' },
  },
];

/**
 * Text whose width the fallbacks match: the site's own kind of Vietnamese (tone marks, capitals,
 * document numbers and dates), so letters count as often as they do on its pages.
 */
export const SAMPLE_TEXT =
  'Phong trào Toàn dân bảo vệ an ninh Tổ quốc: vận động nhân dân tham gia phòng, chống tội phạm và tệ nạn xã hội, ' +
  'xây dựng và nhân rộng các mô hình tự phòng, tự quản, tự bảo vệ, tự hòa giải ở cơ sở, giữ gìn an ninh, trật tự nơi mình sống. ' +
  'Chỉ thị số 11/CT-UB ngày 21/4/1998 của Ủy ban nhân dân tỉnh Phú Thọ về việc đẩy mạnh phong trào quần chúng bảo vệ ' +
  'an ninh Tổ quốc trong tình hình mới. Hỏi – đáp: Ban Chỉ đạo 09 là gì? Điển hình: đồng hồ thôn bản tự quản.';

export function loadFont(file: string): Font {
  const data = readFileSync(projectRequire.resolve(file));
  return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

/** Average advance of `text`'s characters, in ems. Kerning is left out: it is small and alike. */
export function averageAdvance(font: Font, text: string): number {
  const chars = [...text];
  let total = 0;
  for (const char of chars) {
    const glyph = font.charToGlyph(char);
    if (glyph.index === 0) throw new Error(`${font.names.fullName?.en ?? 'font'} has no glyph for ${JSON.stringify(char)}`);
    total += glyph.advanceWidth ?? 0;
  }
  return total / font.unitsPerEm / chars.length;
}

/**
 * Vertical metrics as browsers read them: the typographic ones when the font asks for them
 * (USE_TYPO_METRICS), otherwise hhea's.
 */
export function verticalMetrics(font: Font): { ascent: number; descent: number; lineGap: number } {
  const { hhea, os2 } = font.tables;
  const useTypo = (os2.fsSelection & (1 << 7)) !== 0;
  const [ascent, descent, lineGap] = useTypo ? [os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap] : [hhea.ascender, hhea.descender, hhea.lineGap];
  return { ascent: ascent / font.unitsPerEm, descent: Math.abs(descent) / font.unitsPerEm, lineGap: lineGap / font.unitsPerEm };
}

/**
 * The characters Be Vietnam Pro draws at `weight`: the union of its faces' unicode-ranges in
 * fonts.css, merged. A fallback stands in for those only; anything else never was Be Vietnam Pro
 * and is left to the system fonts unscaled.
 */
export function webFontRange(weight: Weight, css = readFileSync(WEB_FONT_CSS, 'utf8')): string {
  const spans: [number, number][] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    if (!body.includes(`font-family: '${WEB_FAMILY}';`) || !body.includes(`font-weight: ${weight};`)) continue;
    const range = /unicode-range:\s*([^;]+)/.exec(body)?.[1] ?? '';
    for (const [, from = '', to = from] of range.matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/gi)) spans.push([parseInt(from, 16), parseInt(to, 16)]);
  }
  if (spans.length === 0) throw new Error(`${WEB_FONT_CSS} declares no ${WEB_FAMILY} ${weight} face with a unicode-range`);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return merged.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

export interface FallbackFace {
  family: string;
  weight: Weight;
  local: string[];
  unicodeRange: string;
  /** Percentages, as the @font-face descriptors take them. */
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

const percent = (ratio: number) => Math.round(ratio * 10000) / 100;

/**
 * The face that makes `system` stand in for `web`. Browsers apply the metric overrides to the
 * size-adjusted font, so each is divided by the scale to come out at Be Vietnam Pro's value.
 */
export function fallbackFace(web: Font, system: Font, family: string, weight: Weight, local: string[], text = SAMPLE_TEXT): FallbackFace {
  const scale = averageAdvance(web, text) / averageAdvance(system, text);
  const { ascent, descent, lineGap } = verticalMetrics(web);
  return {
    family,
    weight,
    local,
    unicodeRange: webFontRange(weight),
    sizeAdjust: percent(scale),
    ascentOverride: percent(ascent / scale),
    descentOverride: percent(descent / scale),
    lineGapOverride: percent(lineGap / scale),
  };
}

export function fallbackFaces(): FallbackFace[] {
  return SYSTEM_FONTS.flatMap((system) =>
    WEIGHTS.map((weight) => fallbackFace(loadFont(WEB_FONT_FILES[weight]), loadFont(system.files[weight]), system.family, weight, system.local[weight])),
  );
}

const quote = (name: string) => `'${name}'`;

/** src/styles/font-fallbacks.css: the faces, and the stack that puts them right after the web font. */
export function fallbackCss(faces: FallbackFace[] = fallbackFaces()): string {
  const families = [...new Set(faces.map((face) => face.family))];
  const rules = faces.map((face) =>
    [
      '@font-face {',
      `  font-family: ${quote(face.family)};`,
      '  font-style: normal;',
      `  font-weight: ${face.weight};`,
      `  src: ${face.local.map((name) => `local(${quote(name)})`).join(', ')};`,
      `  size-adjust: ${face.sizeAdjust}%;`,
      `  ascent-override: ${face.ascentOverride}%;`,
      `  descent-override: ${face.descentOverride}%;`,
      `  line-gap-override: ${face.lineGapOverride}%;`,
      `  unicode-range: ${face.unicodeRange};`,
      '}',
    ].join('\n'),
  );
  return [
    '/*',
    ' * Made by `npm run fonts` (scripts/lib/font-fallbacks.ts): do not edit. System fonts scaled and',
    ' * given Be Vietnam Pro\'s vertical metrics, so text drawn in them before the web font arrives',
    ' * takes the same room and the swap moves nothing.',
    ' */',
    ...rules,
    ':root {',
    '  /* Be Vietnam Pro, then its stand-ins; no generic family, so a stack can continue it. */',
    `  --loa-font-latin: ${[WEB_FAMILY, ...families].map(quote).join(', ')};`,
    '}',
    '',
  ].join('\n');
}
