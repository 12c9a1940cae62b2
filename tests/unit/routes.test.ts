import { describe, expect, it } from 'vitest';
import { absoluteUrl, routes, taskAnchor } from '../../src/lib/routes.ts';
import { listingPaths } from '../../src/lib/listing-paths.ts';
import { paginate } from '../../src/lib/paginate.ts';
import { site } from '../../site.config.ts';

describe('routes', () => {
  it('puts Vietnamese at the root and other languages under their code, with the same slug', () => {
    expect(routes.home()).toBe('/');
    expect(routes.item('documents', 'chi-thi-11-ct-ub')).toBe('/van-ban/chi-thi-11-ct-ub/');
    expect(routes.item('stories', 'tieng-chuong-binh-yen')).toBe('/dien-hinh/tieng-chuong-binh-yen/');
    expect(routes.item('explainers', 'ngay-hoi', 'hmn')).toBe('/hmn/hoi-dap/ngay-hoi/');
    expect(routes.home('km')).toBe('/km/');
  });

  it('builds listing, taxonomy and utility URLs', () => {
    expect(routes.listing('documents')).toBe('/van-ban/');
    expect(routes.listing('documents', 1)).toBe('/van-ban/');
    expect(routes.listing('documents', 3)).toBe('/van-ban/trang/3/');
    expect(routes.agency('cong-an-tinh')).toBe('/co-quan/cong-an-tinh/');
    expect(routes.place('phu-tho')).toBe('/dia-phuong/phu-tho/');
    expect(routes.year(1998)).toBe('/nam/1998/');
    expect(routes.documentType('chi-thi')).toBe('/loai-van-ban/chi-thi/');
    expect(routes.glossary()).toBe('/thuat-ngu/');
    expect(routes.search()).toBe('/tim-kiem/');
  });

  it('makes task anchors from the printed number and section', () => {
    expect(taskAnchor('5.')).toBe('nhiem-vu-5');
    expect(taskAnchor('1-')).toBe('nhiem-vu-1');
    expect(taskAnchor('1.', 'II')).toBe('nhiem-vu-ii-1');
    expect(taskAnchor('đ)')).toBe('nhiem-vu-d');
  });

  it('makes absolute URLs from the site config', () => {
    expect(absoluteUrl('/van-ban/x/')).toBe(`${site.baseUrl}/van-ban/x/`);
  });
});

describe('pagination', () => {
  it('splits items into pages and gives page 1 the bare URL', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = paginate(items, 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
    expect(listingPaths(items, 20).map((p) => p.params.page)).toEqual([undefined, 'trang/2', 'trang/3']);
  });

  it('has one empty page for an empty listing and refuses a zero page size', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
