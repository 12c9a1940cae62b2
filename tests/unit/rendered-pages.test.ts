import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageFileOf, pageTicket, readRenderedPages, type PageSubscription, type RenderedPage } from '../../src/lib/delivery/rendered-pages.ts';

const page = (name: string): RenderedPage => ({ relative: `${name}/index.html`, urlPath: `/${name}/`, html: `<html lang="vi"><body>${name}</body></html>` });

const open: PageSubscription[] = [];
const dirs: string[] = [];
function subscribe(read: (page: RenderedPage) => void | Promise<void>): PageSubscription {
  const subscription = readRenderedPages(read);
  open.push(subscription);
  return subscription;
}
function emptyDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'loa-feed-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const subscription of open.splice(0)) {
    try {
      subscription.finish(emptyDir());
    } catch {
      // a test's reader failed on purpose
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pageFileOf', () => {
  it('gives the file Astro writes for an address', () => {
    expect(pageFileOf('/')).toBe('index.html');
    expect(pageFileOf('/van-ban/chi-thi-09/')).toBe('van-ban/chi-thi-09/index.html');
    expect(pageFileOf('/hmn/')).toBe('hmn/index.html');
    expect(pageFileOf('/404')).toBe('404.html');
    expect(pageFileOf('/404/')).toBe('404.html');
    expect(pageFileOf('/500/')).toBe('500.html');
  });
});

describe('the page feed', () => {
  it('has no place to give when nothing reads pages', () => {
    expect(pageTicket()).toBeNull();
  });

  it('hands pages over in the order they started, whenever they finish', async () => {
    const got: string[] = [];
    subscribe((p) => void got.push(p.urlPath));
    const [a, b, c, d] = [pageTicket()!, pageTicket()!, pageTicket()!, pageTicket()!];
    const late = [d.deliver(page('d')), b.deliver(page('b'))];
    await Promise.resolve();
    expect(got).toEqual([]);
    c.skip();
    await a.deliver(page('a'));
    await Promise.all(late);
    expect(got).toEqual(['/a/', '/b/', '/d/']);
  });

  it('gives every reader every page, and holds the next page while a reader is busy', async () => {
    const first: string[] = [];
    const second: string[] = [];
    let release!: () => void;
    const busy = new Promise<void>((resolve) => (release = resolve));
    subscribe(async (p) => {
      first.push(p.urlPath);
      if (p.urlPath === '/a/') await busy;
    });
    subscribe((p) => void second.push(p.urlPath));
    const [a, b] = [pageTicket()!, pageTicket()!];
    let aDone = false;
    const delivered = a.deliver(page('a')).then(() => (aDone = true));
    const bDelivered = b.deliver(page('b'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(first).toEqual(['/a/']);
    expect(second).toEqual([]);
    expect(aDone).toBe(false);
    release();
    await Promise.all([delivered, bDelivered]);
    expect(first).toEqual(['/a/', '/b/']);
    expect(second).toEqual(['/a/', '/b/']);
  });

  it("reports a reader's failure when it finishes, while the other readers go on", async () => {
    const other: string[] = [];
    const failing = subscribe((p) => {
      if (p.urlPath === '/a/') throw new Error('chỉ mục hỏng');
    });
    subscribe((p) => void other.push(p.urlPath));
    await pageTicket()!.deliver(page('a'));
    await pageTicket()!.deliver(page('b'));
    expect(other).toEqual(['/a/', '/b/']);
    expect(() => failing.finish(emptyDir())).toThrow('chỉ mục hỏng');
    open.splice(open.indexOf(failing), 1);
  });

  it('gives a reader, when it finishes, every built page and those it did not get, read from disk, in path order', async () => {
    const dir = emptyDir();
    for (const [file, text] of [
      ['a/index.html', 'A'],
      ['c/index.html', 'C'],
      ['b/index.html', 'B'],
      ['404.html', 'không tìm thấy'],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const subscription = subscribe(() => {});
    await pageTicket()!.deliver(page('a'));
    const { built, unread } = subscription.finish(dir);
    open.splice(open.indexOf(subscription), 1);
    expect(built.map((p) => p.urlPath)).toEqual(['/404.html', '/a/', '/b/', '/c/']);
    expect(unread).toEqual([
      { relative: '404.html', urlPath: '/404.html', html: 'không tìm thấy' },
      { relative: 'b/index.html', urlPath: '/b/', html: 'B' },
      { relative: 'c/index.html', urlPath: '/c/', html: 'C' },
    ]);
  });

  it('refuses to finish when a page it was given has no file, since its address rule would be wrong', async () => {
    const subscription = subscribe(() => {});
    await pageTicket()!.deliver(page('a'));
    expect(() => subscription.finish(emptyDir())).toThrow(/không có tệp tương ứng.*\/a\//);
  });

  it('closes when its last reader finishes, so the next build starts a new feed', () => {
    const one = subscribe(() => {});
    const two = subscribe(() => {});
    one.finish(emptyDir());
    expect(pageTicket()).not.toBeNull();
    two.finish(emptyDir());
    open.length = 0;
    expect(pageTicket()).toBeNull();
  });
});
