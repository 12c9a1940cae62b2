/**
 * Sharing: where each page's card is published and the plain share links.
 */
import { describe, expect, it } from 'vitest';
import { cardName, routes } from '../../src/lib/routes.ts';
import { facebookShareUrl, zaloShareUrl } from '../../src/lib/social.ts';

describe('card routes', () => {
  it('publishes each page’s card under /the/, named after the page, in the page’s language', () => {
    expect(routes.card(routes.home())).toBe('/the/index.png');
    expect(routes.card(routes.item('documents', 'chi-thi-11-ct-ub-phu-tho-1998'))).toBe('/the/van-ban/chi-thi-11-ct-ub-phu-tho-1998.png');
    expect(routes.card(routes.listing('documents', 2))).toBe('/the/van-ban/trang/2.png');
    expect(routes.card(routes.item('explainers', 'ban-chi-dao-09-la-gi', 'km'))).toBe('/the/km/hoi-dap/ban-chi-dao-09-la-gi.png');
    expect(routes.card(routes.home('hmn'))).toBe('/the/hmn.png');
    expect(cardName('/co-quan/cong-an-tinh/')).toBe('co-quan/cong-an-tinh');
  });
});

describe('share links', () => {
  const page = 'https://loa.example.vn/van-ban/chi-thi-11-ct-ub-phu-tho-1998/?a=1&b=đ';

  it('send only the page address, encoded, to Zalo and Facebook', () => {
    expect(zaloShareUrl(page)).toBe(
      'https://sp.zalo.me/share_to_zalo?url=https%3A%2F%2Floa.example.vn%2Fvan-ban%2Fchi-thi-11-ct-ub-phu-tho-1998%2F%3Fa%3D1%26b%3D%C4%91',
    );
    expect(facebookShareUrl(page)).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Floa.example.vn%2Fvan-ban%2Fchi-thi-11-ct-ub-phu-tho-1998%2F%3Fa%3D1%26b%3D%C4%91',
    );
    expect(new URL(zaloShareUrl(page)).searchParams.get('url')).toBe(page);
    expect(new URL(facebookShareUrl(page)).searchParams.get('u')).toBe(page);
  });
});
