/**
 * Fitting a title into a share card's box, with a fake font where every grapheme is 0.5 em wide,
 * so each expectation can be worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { breakUnits, ELLIPSIS, fitLine, fitText, normalizeText, wrapText, type FitOptions } from '../../src/lib/cards/fit.ts';

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
/** Every grapheme is half an em wide. */
const mono = (text: string) => [...graphemes.segment(text)].length * 0.5;

const box: FitOptions = { width: 1000, height: 300, maxSize: 60, minSize: 30, lineHeight: 1.25, lang: 'vi' };

const LONG_TITLE =
  'Chỉ thị của Chủ tịch Ủy ban nhân dân tỉnh về việc đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc ' +
  'trong tình hình mới, tăng cường công tác phòng, chống tội phạm và tệ nạn xã hội ở khu dân cư, xã, phường, thị trấn';

const widthPx = (line: string, size: number) => mono(line) * size;
const words = (text: string) => normalizeText(text).split(' ');

describe('breakUnits', () => {
  it('breaks Vietnamese at spaces only, never inside a number like 11/CT-UB', () => {
    expect(breakUnits('Chỉ thị số 11/CT-UB ngày 21/4/1998', 'vi').map((u) => u.text)).toEqual(['Chỉ', 'thị', 'số', '11/CT-UB', 'ngày', '21/4/1998']);
  });

  it('keeps a dash or closing mark with the word before it, and an opening quote with the word after', () => {
    const units = breakUnits('Hỏi – đáp về “ Tiếng chuông ” nhé', 'vi').map((u) => u.text);
    expect(units).toEqual(['Hỏi –', 'đáp', 'về', '“ Tiếng', 'chuông ”', 'nhé']);
  });

  it('breaks Khmer between dictionary words, where no space is written', () => {
    const units = breakUnits('ចលនាប្រជាជនទាំងមូល ការពារសន្តិសុខ', 'km');
    expect(units.map((u) => u.text)).toEqual(['ចលនា', 'ប្រជាជន', 'ទាំងមូល', 'ការពារ', 'សន្តិសុខ']);
    expect(units.map((u) => u.gap)).toEqual(['', '', '', ' ', '']);
  });

  it('normalises to NFC and collapses spaces', () => {
    const decomposed = 'Tổ  quốc\n'.normalize('NFD');
    expect(breakUnits(decomposed, 'vi').map((u) => u.text)).toEqual(['Tổ', 'quốc']);
    expect(normalizeText(decomposed)).toBe('Tổ quốc');
  });
});

describe('fitText', () => {
  it('sets a short title at the largest size on one line', () => {
    const fitted = fitText('Ban Chỉ đạo 09 là gì?', mono, box);
    expect(fitted).toEqual({ size: 60, lineHeight: 75, lines: ['Ban Chỉ đạo 09 là gì?'], truncated: false });
  });

  it('shrinks a 200-character title until it fits whole, never wider or taller than the box', () => {
    expect(LONG_TITLE.length).toBeGreaterThan(200);
    const fitted = fitText(LONG_TITLE, mono, box);
    expect(fitted.truncated).toBe(false);
    expect(fitted.size).toBeLessThan(60);
    expect(fitted.size).toBeGreaterThanOrEqual(30);
    for (const line of fitted.lines) expect(widthPx(line, fitted.size)).toBeLessThanOrEqual(box.width);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(box.height);
    // Every word is kept, in order, and no word is split.
    expect(fitted.lines.join(' ')).toBe(normalizeText(LONG_TITLE));
    expect(fitted.lines.flatMap(words)).toEqual(words(LONG_TITLE));
  });

  it('picks the largest size that fits: one step up would overflow', () => {
    const fitted = fitText(LONG_TITLE, mono, box);
    const larger = fitted.size + 2;
    const linesAtLarger = wrapText(LONG_TITLE, box.width / larger, mono, 'vi');
    expect(linesAtLarger.length * larger * box.lineHeight).toBeGreaterThan(box.height);
  });

  it('cuts only what cannot fit at the smallest size, after a whole word, with an ellipsis', () => {
    const huge = `${LONG_TITLE}, ${LONG_TITLE}, ${LONG_TITLE}`;
    const fitted = fitText(huge, mono, box);
    expect(fitted.truncated).toBe(true);
    expect(fitted.size).toBe(30);
    expect(fitted.lines).toHaveLength(Math.floor(300 / (30 * 1.25)));
    for (const line of fitted.lines) expect(widthPx(line, fitted.size)).toBeLessThanOrEqual(box.width);
    const last = fitted.lines.at(-1)!;
    expect(last.endsWith(ELLIPSIS)).toBe(true);
    // What is shown is the start of the title, ending at a word boundary.
    const shown = fitted.lines.join(' ').slice(0, -ELLIPSIS.length);
    expect(normalizeText(huge).startsWith(shown)).toBe(true);
    const next = normalizeText(huge).slice(shown.length);
    expect(next).toMatch(/^[\s,]/u);
    // No punctuation is left dangling before the ellipsis.
    expect(last).not.toMatch(/[,\s]…$/u);
  });

  it('balances lines instead of leaving one word alone on the last line', () => {
    const title = 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc 19/8 là gì?';
    const options = { ...box, width: 1000, maxSize: 40, minSize: 40 };
    const greedy = fitText(title, mono, { ...options, balance: false });
    const even = fitText(title, mono, options);
    expect(even.lines).toHaveLength(greedy.lines.length);
    const spread = (lines: string[]) => Math.max(...lines.map(mono)) - Math.min(...lines.map(mono));
    expect(spread(even.lines)).toBeLessThan(spread(greedy.lines));
  });

  it('fits Khmer written without spaces, breaking between words and dropping nothing', () => {
    const title = 'សំណួរ និងចម្លើយ៖ ចលនាប្រជាជនទាំងមូលការពារសន្តិសុខមាតុភូមិ';
    const fitted = fitText(title, mono, { ...box, width: 500, lang: 'km' });
    expect(fitted.lines.length).toBeGreaterThan(1);
    for (const line of fitted.lines) expect(widthPx(line, fitted.size)).toBeLessThanOrEqual(500);
    expect(fitted.lines.join('').replace(/ /g, '')).toBe(title.replace(/ /g, ''));
    const units = breakUnits(title, 'km').map((u) => u.text);
    for (const line of fitted.lines) {
      // Each line is made of whole dictionary words.
      let rest = line.replace(/ /g, '');
      while (rest) {
        const word = units.find((u) => rest.startsWith(u));
        expect(word, `line "${line}" splits a word at "${rest}"`).toBeDefined();
        rest = rest.slice(word!.length);
      }
    }
  });

  it('cuts a single word longer than a line by letters, the only break inside a word', () => {
    const address = 'https://loa.example.vn/van-ban/chi-thi-11-ct-ub-phu-tho-1998/nhiem-vu-5';
    const fitted = fitText(address, mono, { ...box, width: 400, maxSize: 30, minSize: 30, height: 1000 });
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.join('')).toBe(address);
    for (const line of fitted.lines) expect(widthPx(line, 30)).toBeLessThanOrEqual(400);
  });

  it('returns no lines for empty text', () => {
    expect(fitText('  ', mono, box).lines).toEqual([]);
  });
});

describe('fitLine', () => {
  it('shrinks one line, then ends it with an ellipsis after a whole word', () => {
    expect(fitLine('Số 11/CT-UB · 21/4/1998', mono, { width: 1000, maxSize: 30, minSize: 24, lineHeight: 1.3, lang: 'vi' })).toMatchObject({
      size: 30,
      lines: ['Số 11/CT-UB · 21/4/1998'],
      truncated: false,
    });
    const long = fitLine('Số 11/CT-UB · 21/4/1998 · Ủy ban nhân dân tỉnh Phú Thọ và Ủy ban Mặt trận Tổ quốc', mono, {
      width: 600,
      maxSize: 30,
      minSize: 24,
      lineHeight: 1.3,
      lang: 'vi',
    });
    expect(long.size).toBe(24);
    expect(long.lines).toHaveLength(1);
    expect(long.lines[0]).toBe('Số 11/CT-UB · 21/4/1998 · Ủy ban nhân dân tỉnh…');
    expect(widthPx(long.lines[0]!, 24)).toBeLessThanOrEqual(600);
  });

  it('drops the comma before an ellipsis', () => {
    const fitted = fitLine('Tổ quốc, an ninh, trật tự, xã hội', mono, { width: 260, maxSize: 24, minSize: 24, lineHeight: 1.3, lang: 'vi' });
    expect(fitted.lines).toEqual(['Tổ quốc, an ninh…']);
  });
});
