/**
 * Draws the site's default share card, public/the-mac-dinh.png (1200×630): the site's name,
 * tagline, publisher and address from site.config.ts. The PNG is committed, so builds do not
 * depend on the fonts of the machine; run this again after changing the site's identity:
 *   npm run default-card            (writes public/the-mac-dinh.png)
 *   node scripts/default-card.ts <file.png>
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { site } from '../site.config.ts';

export const WIDTH = 1200;
export const HEIGHT = 630;

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Greedy word wrap by character count; the font is wide enough that 40 characters fit 1040 px. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function cardSvg(): string {
  const font = "'Be Vietnam Pro', 'DejaVu Sans', 'Noto Sans', sans-serif";
  const tagline = wrap(site.tagline, 40)
    .slice(0, 4)
    .map((line, i) => `<text x="80" y="${300 + i * 62}" font-size="46" fill="#1b1b1b">${escapeXml(line)}</text>`)
    .join('');
  const host = new URL(site.baseUrl).host;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${font}">
<rect width="${WIDTH}" height="${HEIGHT}" fill="#f6f2ec"/>
<rect width="${WIDTH}" height="18" fill="#9b1c1c"/>
<g transform="translate(80 96) scale(3.5)"><rect width="32" height="32" rx="6" fill="#9b1c1c"/><path d="M7 13h4l8-6v18l-8-6H7z" fill="#fff"/><path d="M22 11a7 7 0 0 1 0 10" stroke="#fff" stroke-width="2.5" fill="none" stroke-linecap="round"/></g>
<text x="218" y="190" font-size="104" font-weight="700" fill="#6e1212">${escapeXml(site.name)}</text>
${tagline}
<rect x="80" y="532" width="1040" height="2" fill="#d8d2c8"/>
<text x="80" y="584" font-size="30" fill="#4a4a4a">${escapeXml(site.publisher)}</text>
<text x="1120" y="584" font-size="30" font-weight="700" fill="#6e1212" text-anchor="end">${escapeXml(host)}</text>
</svg>`;
}

export async function writeDefaultCard(file: string): Promise<void> {
  await sharp(Buffer.from(cardSvg())).png({ compressionLevel: 9, palette: true }).toFile(file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'the-mac-dinh.png');
  try {
    await writeDefaultCard(out);
    console.log(`Đã vẽ thẻ chia sẻ mặc định: ${out} (${WIDTH}×${HEIGHT}).`);
  } catch (error) {
    console.error(`Không vẽ được thẻ chia sẻ mặc định vào ${out}: ${(error as Error).message}\nCould not draw the default share card.`);
    process.exit(1);
  }
}
