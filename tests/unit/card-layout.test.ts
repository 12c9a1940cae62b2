/**
 * The card layout: the site's colours, a tree that depends only on its content, and text that
 * stays inside its region with the real fonts, however long the title, checked on satori's SVG.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_COLOURS, CARD_HEIGHT, CARD_WIDTH, cardAltText, fitCardText, type CardContent } from '../../src/lib/cards/layout.ts';
import { cardEngine, cardLayout, cardSvg, type CardEngine } from '../../src/lib/cards/render.ts';
import { CARD_IDENTITY } from '../helpers/cards.ts';
import { repoRoot } from '../helpers/paths.ts';

const TITLE =
  'Chỉ thị của Chủ tịch Ủy ban nhân dân tỉnh về việc đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc ' +
  'trong tình hình mới, tăng cường công tác phòng, chống tội phạm và tệ nạn xã hội ở khu dân cư, xã, phường, thị trấn';
const content = (title: string, facts = ['Số 11/CT-UB', '21/4/1998', 'UBND tỉnh Phú Thọ']): CardContent => ({ ...CARD_IDENTITY, lang: 'vi', label: 'Chỉ thị', title, facts });

let engine: CardEngine;
beforeAll(async () => {
  engine = await cardEngine();
});

/** Every point of every glyph path satori drew, grouped by fill colour. */
function glyphPoints(svg: string): Map<string, { x: number; y: number }[]> {
  const byFill = new Map<string, { x: number; y: number }[]>();
  for (const match of svg.matchAll(/<path fill="([^"]+)" d="([^"]+)"/g)) {
    const numbers = (match[2]!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    const points = byFill.get(match[1]!) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
    byFill.set(match[1]!, points);
  }
  return byFill;
}

describe('card layout', () => {
  it('uses the colours of the site stylesheet', () => {
    const css = readFileSync(path.join(repoRoot, 'src/styles/global.css'), 'utf8');
    const variable = (name: string) => new RegExp(`--loa-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
    expect(CARD_COLOURS).toEqual({
      ink: variable('ink'),
      muted: variable('muted'),
      paper: variable('paper'),
      tint: variable('tint'),
      accent: variable('accent'),
      accentDark: variable('accent-dark'),
    });
  });

  it('gives the same tree for the same content, and a different one when a word changes', () => {
    const a = JSON.stringify(cardLayout(content(TITLE), engine));
    expect(JSON.stringify(cardLayout(content(TITLE), engine))).toBe(a);
    expect(JSON.stringify(cardLayout(content(TITLE.replace('tỉnh', 'thành phố')), engine))).not.toBe(a);
    const root = cardLayout(content(TITLE), engine).props.style!;
    expect([root.width, root.height, root.boxSizing]).toEqual([CARD_WIDTH, CARD_HEIGHT, 'border-box']);
  });

  it.each([
    ['a short title', 'Ban Chỉ đạo 09 là gì?'],
    ['a 200-character title', TITLE],
    ['a 700-character title', `${TITLE}, ${TITLE}, ${TITLE}`],
    ['a title with a 90-character word', `Địa chỉ ${'https://loa.example.vn/van-ban/chi-thi-11-ct-ub-phu-tho-1998/nhiem-vu-5'.repeat(2)}`],
  ])('keeps %s inside the margins, above the facts, and the facts above the bottom strip', async (_name, title) => {
    const points = glyphPoints(await cardSvg(cardLayout(content(title), engine), engine));
    const titleInk = points.get(CARD_COLOURS.ink)!;
    const factsInk = points.get(CARD_COLOURS.muted)!;
    expect(titleInk.length).toBeGreaterThan(0);
    const all = [...points.values()].flat();
    expect(Math.min(...all.map((p) => p.x))).toBeGreaterThanOrEqual(64);
    expect(Math.max(...all.map((p) => p.x))).toBeLessThanOrEqual(CARD_WIDTH - 64);
    expect(Math.max(...titleInk.map((p) => p.y))).toBeLessThan(Math.min(...factsInk.map((p) => p.y)));
    const stripTop = CARD_HEIGHT - 72;
    expect(Math.max(...factsInk.map((p) => p.y))).toBeLessThan(stripTop);
  });

  it('shrinks before it cuts, and cuts only the longest title', () => {
    const short = fitCardText(content('Ban Chỉ đạo 09 là gì?'), engine.measure).title;
    const long = fitCardText(content(TITLE), engine.measure).title;
    const huge = fitCardText(content(`${TITLE}, ${TITLE}, ${TITLE}`), engine.measure).title;
    expect(short.size).toBe(68);
    expect(long.size).toBeLessThan(short.size);
    expect(long.truncated).toBe(false);
    expect(huge.size).toBe(34);
    expect(huge.truncated).toBe(true);
    expect(huge.lines.at(-1)).toMatch(/\p{L}…$/u);
  });

  it('describes the card in words for og:image:alt', () => {
    expect(cardAltText(content('Ban Chỉ đạo 09 là gì?', ['Đăng ngày 21/11/2026']))).toBe('Loa – Chỉ thị: Ban Chỉ đạo 09 là gì? · Đăng ngày 21/11/2026');
  });
});
