/**
 * The part of opentype.js (which ships no types) the glyph-coverage test and the font fallbacks
 * (scripts/lib/font-fallbacks.ts) use.
 */
declare module 'opentype.js' {
  export interface Glyph {
    /** 0 is .notdef: the font has no glyph for the character. */
    index: number;
    advanceWidth?: number;
  }
  export interface Font {
    names: { fontFamily?: Record<string, string>; fullName?: Record<string, string> };
    unitsPerEm: number;
    tables: {
      hhea: { ascender: number; descender: number; lineGap: number };
      os2: { sTypoAscender: number; sTypoDescender: number; sTypoLineGap: number; fsSelection: number };
    };
    charToGlyphIndex(char: string): number;
    charToGlyph(char: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
