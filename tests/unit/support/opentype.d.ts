/** The part of opentype.js (which ships no types) the glyph-coverage test uses. */
declare module 'opentype.js' {
  export interface Font {
    names: { fontFamily?: Record<string, string> };
    charToGlyphIndex(char: string): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
