/**
 * Writes a card as an 8-bit palette PNG with a palette known in advance. A card is flat colours
 * with anti-aliased text and shapes, and every pixel at an edge is a mix of two colours the design
 * knows (letters and their background, the logo and the band): those colours and evenly spaced
 * mixes of each pair hold every pixel within a few levels, so nothing is searched per card —
 * libimagequant's search for a palette cost more than rasterising the card. A pixel the palette
 * cannot hold closely (the design gained a colour the palette was not told of) makes the encoder
 * decline, and the caller falls back to a general quantiser: a slower card, never a wrong one.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

/**
 * zlib level 4: level 6 gives 5 % smaller cards for about 1.5 ms more per card, level 9 takes
 * 80 ms on a card's long runs of one colour.
 */
export const PALETTE_DEFLATE_LEVEL = 4;

/** A colour as "#rrggbb". */
export type Hex = `#${string}`;

type Rgb = readonly [number, number, number];

function rgb(hex: Hex): Rgb {
  if (!/^#[0-9a-f]{6}$/iu.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;
}

/** Slots of the colour table: a power of two, four times the colours it may hold. */
const SLOTS = 1 << 14;
const MASK = SLOTS - 1;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export class CardPalette {
  /** Entries as r, g, b triples. */
  readonly entries: Uint8Array;
  readonly size: number;
  /** The largest difference in any channel a pixel may have from the entry it is written as. */
  readonly tolerance: number;
  /**
   * Palette index of the colours met so far, in a small open-addressed table that stays in the
   * processor's cache (a table of all 2^24 colours missed it on every lookup): slot → 0xrrggbb,
   * and its index, or -1 when no entry is close enough. A card has about 800 colours.
   */
  #keys = new Int32Array(SLOTS).fill(-1);
  #values = new Int16Array(SLOTS);
  #filled = 0;

  /**
   * @param pairs the pairs of colours that meet at an edge in the design
   * @param steps each pair is held as its two colours and `steps - 1` mixes between them
   */
  constructor(pairs: readonly (readonly [Hex, Hex])[], steps: number) {
    const solids = [...new Set(pairs.flat().map((hex) => hex.toLowerCase()))].map((hex) => rgb(hex as Hex));
    const size = solids.length + pairs.length * (steps - 1);
    if (pairs.length === 0 || !Number.isInteger(steps) || steps < 2 || size > 256) {
      throw new Error(`${pairs.length} colour pairs in ${steps} steps do not make a palette of 1 to 256 entries.`);
    }
    // Pairs on one line (white to ink, white to grey) share some mixes: each colour is kept once.
    const entries = new Map(solids.map((colour) => [colour.join(), colour]));
    let widest = 0;
    for (const [from, to] of pairs) {
      const [a, b] = [rgb(from), rgb(to)];
      for (let c = 0; c < 3; c++) widest = Math.max(widest, Math.abs(b[c]! - a[c]!));
      for (let k = 1; k < steps; k++) {
        const mix = a.map((value, c) => Math.round(value + ((b[c]! - value) * k) / steps));
        entries.set(mix.join(), mix as unknown as Rgb);
      }
    }
    this.entries = Uint8Array.from([...entries.values()].flat());
    this.size = entries.size;
    // Half a step, plus a level each for the rasteriser's and the palette's rounding.
    this.tolerance = Math.ceil(widest / steps / 2) + 2;
  }

  /** The index of the entry nearest to 0xrrggbb, or -1 when none is within the tolerance. */
  index(rgb: number): number {
    let slot = Math.imul(rgb, 0x9e3779b1) >>> 18;
    for (let key = this.#keys[slot]!; key !== -1; key = this.#keys[slot]!) {
      if (key === rgb) return this.#values[slot]!;
      slot = (slot + 1) & MASK;
    }
    const found = this.#nearest(rgb >>> 16, (rgb >>> 8) & 0xff, rgb & 0xff);
    if (this.#filled >= SLOTS / 4) {
      // Thousands of colours: not a card's. Start the table again rather than let it fill.
      this.#keys.fill(-1);
      this.#filled = 0;
      slot = Math.imul(rgb, 0x9e3779b1) >>> 18;
    }
    this.#keys[slot] = rgb;
    this.#values[slot] = found;
    this.#filled++;
    return found;
  }

  #nearest(r: number, g: number, b: number): number {
    let best = -1;
    let bestDistance = Infinity;
    for (let i = 0; i < this.size; i++) {
      const dr = this.entries[3 * i]! - r;
      const dg = this.entries[3 * i + 1]! - g;
      const db = this.entries[3 * i + 2]! - b;
      const distance = dr * dr + dg * dg + db * db;
      if (distance < bestDistance && Math.max(Math.abs(dr), Math.abs(dg), Math.abs(db)) <= this.tolerance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * PNG of an image given as opaque RGBA pixels, or null when a pixel has no entry close enough
   * (or is not opaque).
   */
  async encode(pixels: Uint8Array, width: number, height: number): Promise<Buffer | null> {
    if (pixels.length !== width * height * 4) throw new Error(`Expected ${width}×${height} RGBA pixels, got ${pixels.length} bytes.`);
    // One read per pixel: as 32-bit words, 0xaabbggrr on little-endian machines.
    const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
    const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
    // Each row starts with its filter type: 0, none, the usual choice for palette images.
    const rows = Buffer.alloc((width + 1) * height);
    let last = -1;
    let lastIndex = -1;
    for (let y = 0, from = 0, to = 0; y < height; y++) {
      rows[to++] = 0;
      for (let x = 0; x < width; x++, from++) {
        const word = words[from]!;
        // Most pixels are the colour of the one before: flat areas skip the lookup.
        if (word !== last) {
          last = word;
          const opaque = littleEndian ? word >>> 24 === 255 : (word & 0xff) === 255;
          if (!opaque) return null;
          const key = littleEndian ? ((word & 0xff) << 16) | (word & 0xff00) | ((word >>> 16) & 0xff) : word >>> 8;
          lastIndex = this.index(key);
          if (lastIndex < 0) return null;
        }
        rows[to++] = lastIndex;
      }
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (palette), compression, filter method and interlace 0
    const data = await deflateAsync(rows, { level: PALETTE_DEFLATE_LEVEL });
    return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('PLTE', this.entries), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
