/**
 * The card render pool: worker threads draw the same bytes as drawing in the build's own thread,
 * spread the cards over every worker, pass a card's error back to whoever asked for that card,
 * finish the cards they have before closing, say clearly when their script is missing, and never
 * keep a finished build's process alive.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardNode } from '../../src/lib/cards/layout.ts';
import { cardEngine, cardLayout, cardPng, type CardEngine } from '../../src/lib/cards/render.ts';
import { CardRenderPool, renderWorkerScript } from '../../src/lib/cards/render-pool.ts';
import { SAMPLE_CARDS } from '../helpers/cards.ts';
import { repoRoot } from '../helpers/paths.ts';

const CONTENTS = SAMPLE_CARDS;

let engine: CardEngine;
let pool: CardRenderPool;

beforeAll(async () => {
  engine = await cardEngine();
  pool = new CardRenderPool({ script: renderWorkerScript(repoRoot), workers: 2 });
});
afterAll(() => pool.close());

describe('card render pool', () => {
  it('draws the same bytes as drawing in this thread, on every worker', async () => {
    const trees = CONTENTS.map((content) => cardLayout(content, engine));
    const [pooled, local] = await Promise.all([Promise.all(trees.map((tree) => pool.render(tree))), Promise.all(trees.map((tree) => cardPng(tree, engine)))]);
    pooled.forEach((png, i) => expect(png.equals(local[i]!), CONTENTS[i]!.lang).toBe(true));
    // Asked for again at once, spread over both workers: the pool is ready for more right away.
    const more = await Promise.all(trees.map((tree) => pool.render(tree)));
    more.forEach((png, i) => expect(png.equals(local[i]!)).toBe(true));
  });

  it("passes a card's error back to the card that caused it, and keeps drawing the others", async () => {
    const broken = { type: 'div', props: { children: [] } } as CardNode;
    const good = cardLayout(CONTENTS[0]!, engine);
    const [failed, drawn] = await Promise.allSettled([pool.render(broken), pool.render(good)]);
    expect(failed.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason.message).toMatch(/Not a card tree/);
    expect(drawn.status).toBe('fulfilled');
    expect((drawn as PromiseFulfilledResult<Buffer>).value.equals(await cardPng(good, engine))).toBe(true);
  });

  it('finishes the cards it was given before closing, then takes no more', async () => {
    const own = new CardRenderPool({ script: renderWorkerScript(repoRoot), workers: 1 });
    const tree = cardLayout(CONTENTS[2]!, engine);
    const asked = [own.render(tree), own.render(tree)];
    await own.close();
    for (const png of await Promise.all(asked)) expect(png.equals(await cardPng(tree, engine))).toBe(true);
    await expect(own.render(tree)).rejects.toThrow(/closed/);
  });

  it('names the missing worker script', async () => {
    const missing = path.join(repoRoot, 'nowhere', 'render-worker.ts');
    const own = new CardRenderPool({ script: missing, workers: 1 });
    expect(() => own.render(cardLayout(CONTENTS[0]!, engine))).toThrow(missing);
    expect(() => new CardRenderPool({ script: missing, workers: 0 })).toThrow(/1 or more workers/);
  });

  it('does not keep the process alive once its cards are drawn, even left open', () => {
    const script = [
      `import { cardEngine, cardLayout } from ${JSON.stringify(path.join(repoRoot, 'src/lib/cards/render.ts'))};`,
      `import { CardRenderPool, renderWorkerScript } from ${JSON.stringify(path.join(repoRoot, 'src/lib/cards/render-pool.ts'))};`,
      'const engine = await cardEngine();',
      `const pool = new CardRenderPool({ script: renderWorkerScript(${JSON.stringify(repoRoot)}), workers: 2 });`,
      `const png = await pool.render(cardLayout(${JSON.stringify(CONTENTS[0])}, engine));`,
      'process.stdout.write(String(png.length));',
    ].join('\n');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 20_000 });
    // A worker holding the event loop would keep the child running until the timeout kills it.
    expect(child.signal, child.stderr).toBeNull();
    expect(child.status, child.stderr).toBe(0);
    expect(Number(child.stdout)).toBeGreaterThan(1000);
  });
});
