/**
 * Sharing without trackers: plain share links for Zalo and Facebook (no SDK, nothing loaded until
 * the reader taps).
 */

/** Zalo's web share page, the one its share button opens, with the page's address. */
export function zaloShareUrl(pageUrl: string): string {
  return `https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(pageUrl)}`;
}

/** Facebook's sharer dialog with the page's address. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
}
