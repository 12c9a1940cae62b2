/**
 * The card cache: keys follow the inputs, a rebuild reuses every unchanged card and renders
 * exactly the edited one, renders run at most N at a time, and the build's one-at-a-time
 * requests are served while the next cards are already being drawn.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CardPipeline, CardStore, ReadAhead, cardCacheDir, cardKey, limiter, pruneCardCache, DEFAULT_CARD_CACHE_DIR } from '../../src/lib/cards/cache.ts';
import type { CardContent, CardNode } from '../../src/lib/cards/layout.ts';
import { SAMPLE_CARDS } from '../helpers/cards.ts';
import { cardEngine, cardLayout, cardPng, type CardEngine } from '../../src/lib/cards/render.ts';

const CONTENTS = SAMPLE_CARDS;

let engine: CardEngine;
let work: string;

beforeAll(async () => {
  engine = await cardEngine();
  work = mkdtempSync(path.join(tmpdir(), 'loa-card-cache-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One build: every card through a fresh pipeline (as a new build process would), counting renders. */
async function build(dir: string, contents: readonly CardContent[]) {
  const drawn: string[] = [];
  const pipeline = new CardPipeline<CardNode>({
    store: new CardStore(dir),
    render: (tree) => {
      drawn.push(JSON.stringify(tree));
      return cardPng(tree, engine);
    },
  });
  const pngs = await Promise.all(
    contents.map((content) => {
      const tree = cardLayout(content, engine);
      return pipeline.png({ key: cardKey(tree, engine.fingerprint), tree });
    }),
  );
  return { stats: { ...pipeline.stats }, drawn, pngs };
}

describe('card cache', () => {
  it('renders every card once, then none, then exactly the one that was edited', async () => {
    const dir = path.join(work, 'rebuild');
    const first = await build(dir, CONTENTS);
    expect(first.stats).toEqual({ rendered: CONTENTS.length, reused: 0 });

    const second = await build(dir, CONTENTS);
    expect(second.stats).toEqual({ rendered: 0, reused: CONTENTS.length });
    expect(second.pngs.map((png) => png.toString('base64'))).toEqual(first.pngs.map((png) => png.toString('base64')));

    const edited = CONTENTS.map((c, i) => (i === 2 ? { ...c, title: c.title.replace('Tiếng chuông', 'Tiếng trống') } : c));
    const third = await build(dir, edited);
    expect(third.stats).toEqual({ rendered: 1, reused: CONTENTS.length - 1 });
    expect(third.drawn[0]).toContain('trống');
  });

  it('keys a card by what it shows: text, language, label, facts and fonts', () => {
    const base = cardLayout(CONTENTS[0]!, engine);
    const key = cardKey(base, engine.fingerprint);
    expect(cardKey(cardLayout({ ...CONTENTS[0]! }, engine), engine.fingerprint)).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [{ title: 'Chỉ thị khác' }, { lang: 'hmn' }, { label: 'Kế hoạch' }, { facts: ['Số 12/CT-UB'] }, { publisher: 'Văn phòng Tỉnh ủy' }]) {
      expect(cardKey(cardLayout({ ...CONTENTS[0]!, ...change }, engine), engine.fingerprint), JSON.stringify(change)).not.toBe(key);
    }
    expect(cardKey(base, 'other-fonts')).not.toBe(key);
  });

  it('shares one render between pages whose cards are identical', async () => {
    const same = await build(path.join(work, 'same'), [CONTENTS[0]!, CONTENTS[0]!, CONTENTS[0]!]);
    expect(same.stats).toEqual({ rendered: 1, reused: 0 });
  });

  it('stores cards in the folder LOA_CARD_CACHE names, or .cache/cards', async () => {
    expect(cardCacheDir({}, '/srv/loa')).toBe(path.resolve('/srv/loa', DEFAULT_CARD_CACHE_DIR));
    expect(cardCacheDir({ LOA_CARD_CACHE: '/var/cache/loa-cards' }, '/srv/loa')).toBe('/var/cache/loa-cards');
    const dir = path.join(work, 'store');
    const store = new CardStore(dir);
    await store.write('ab12', Buffer.from('png'));
    expect(existsSync(path.join(dir, 'ab', 'ab12.png'))).toBe(true);
    expect((await store.read('ab12'))?.toString()).toBe('png');
    expect(await store.read('cd34')).toBeNull();
  });

  it('trims the cache to the cards of the last build, and touches nothing else in the folder', async () => {
    const dir = path.join(work, 'prune');
    const store = new CardStore(dir);
    const [keep, stale] = ['a'.repeat(64), 'b'.repeat(64)];
    await store.write(keep, Buffer.from('1'));
    await store.write(stale, Buffer.from('2'));
    writeFileSync(path.join(dir, 'README.txt'), 'not a card');
    expect(await pruneCardCache(dir, new Set([keep]))).toBe(1);
    expect([existsSync(store.file(keep)), existsSync(store.file(stale)), existsSync(path.join(dir, 'README.txt'))]).toEqual([true, false, true]);
    expect(await pruneCardCache(path.join(work, 'no-such-folder'), new Set())).toBe(0);
  });
});

describe('parallel rendering', () => {
  it('runs at most N tasks at a time and all of them in the end', async () => {
    const limit = limiter(3);
    let active = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((resolve) => setTimeout(resolve, 2));
          active--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('draws the next cards while the build asks for them one at a time', async () => {
    const started: string[] = [];
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const ahead = new ReadAhead(items, (x) => x, async (x) => {
      started.push(x);
      return x.toUpperCase();
    }, 3);
    expect(await ahead.get('a')).toBe('A');
    expect(started).toEqual(['a', 'b', 'c']);
    expect(await ahead.get('b')).toBe('B');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    // Out of order or unknown: produced on demand, never lost.
    expect(await ahead.get('f')).toBe('F');
    expect(await ahead.get('z')).toBe('Z');
    expect(await ahead.get('c')).toBe('C');
  });

  it('reports a failed card when it is asked for, not before', async () => {
    const ahead = new ReadAhead(['ok', 'bad'], (x) => x, async (x) => {
      if (x === 'bad') throw new Error('cannot draw');
      return x;
    }, 2);
    expect(await ahead.get('ok')).toBe('ok');
    await expect(ahead.get('bad')).rejects.toThrow('cannot draw');
  });
});
