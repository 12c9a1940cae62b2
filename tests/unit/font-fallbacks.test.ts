/**
 * The system fonts that stand in for Be Vietnam Pro until it arrives (scripts/lib/font-fallbacks.ts)
 * take the room it will take, so the swap moves nothing: scaled, they set Vietnamese text as wide
 * as Be Vietnam Pro does (text they were not fitted on included) with its ascent, descent and line
 * gap; the stylesheet the site ships is the one computed from the font files; and the page's
 * font stack tries them right after Be Vietnam Pro, before any other font.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FALLBACKS_CSS,
  SYSTEM_FONTS,
  WEB_FAMILY,
  WEIGHTS,
  averageAdvance,
  fallbackCss,
  fallbackFaces,
  loadFont,
  verticalMetrics,
} from '../../scripts/lib/font-fallbacks.ts';
import { repoRoot } from '../helpers/paths.ts';

const WEB_FILES = {
  400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  700: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

/** Vietnamese the fallbacks were not fitted on: the site's footer. */
const OTHER_TEXT = [
  'Văn bản hành chính được đăng lại nguyên văn để tra cứu; khi cần giá trị pháp lý, đối chiếu với bản gốc của cơ quan ban hành.',
  'Cơ quan chủ quản: Ban Tuyên giáo và Dân vận Tỉnh ủy. Nội dung do trang biên soạn được chia sẻ theo giấy phép CC BY 4.0.',
];

const faces = fallbackFaces();

describe('phông thay thế Be Vietnam Pro (fallbacks matched to Be Vietnam Pro)', () => {
  it('has a regular and a bold face for each system font', () => {
    expect(faces.map((f) => `${f.family} ${f.weight}`)).toEqual(SYSTEM_FONTS.flatMap((s) => WEIGHTS.map((w) => `${s.family} ${w}`)));
  });

  it.each(faces.map((face) => [`${face.family} ${face.weight}`, face] as const))('%s: as wide as Be Vietnam Pro, with its vertical metrics', (_, face) => {
    const web = loadFont(WEB_FILES[face.weight]);
    const system = loadFont(SYSTEM_FONTS.find((s) => s.family === face.family)!.files[face.weight]);
    const scale = face.sizeAdjust / 100;
    // Unscaled, the system font would set lines noticeably wider or narrower.
    expect(Math.abs(averageAdvance(system, OTHER_TEXT[0]!) / averageAdvance(web, OTHER_TEXT[0]!) - 1)).toBeGreaterThan(0.03);
    for (const text of OTHER_TEXT) {
      expect(averageAdvance(system, text) * scale).toBeCloseTo(averageAdvance(web, text), 2);
      expect(Math.abs((averageAdvance(system, text) * scale) / averageAdvance(web, text) - 1)).toBeLessThan(0.015);
    }
    // Browsers apply the overrides to the scaled font: what comes out is Be Vietnam Pro's.
    const metrics = verticalMetrics(web);
    expect((face.ascentOverride / 100) * scale).toBeCloseTo(metrics.ascent, 3);
    expect((face.descentOverride / 100) * scale).toBeCloseTo(metrics.descent, 3);
    expect((face.lineGapOverride / 100) * scale).toBeCloseTo(metrics.lineGap, 3);
  });

  it('ships the stylesheet computed from the font files (npm run fonts)', () => {
    expect(readFileSync(FALLBACKS_CSS, 'utf8')).toBe(fallbackCss(faces));
  });

  it('draws with the fallbacks right after Be Vietnam Pro, before any other font', () => {
    const fallbacks = readFileSync(FALLBACKS_CSS, 'utf8');
    const latin = /--loa-font-latin:\s*([^;]+);/.exec(fallbacks)?.[1];
    expect(latin?.split(',').map((name) => name.trim().replace(/^'|'$/g, ''))).toEqual([WEB_FAMILY, ...SYSTEM_FONTS.map((s) => s.family)]);
    for (const face of faces) expect(fallbacks).toContain(`font-family: '${face.family}';`);

    const global = readFileSync(path.join(repoRoot, 'src', 'styles', 'global.css'), 'utf8');
    expect(global).toContain("@import './font-fallbacks.css';");
    expect(/--loa-font:\s*([^;]+);/.exec(global)?.[1]).toMatch(/^var\(--loa-font-latin\),/);
    expect(global).toMatch(/body\s*\{[^}]*font-family:\s*var\(--loa-font\);/);
  });
});
