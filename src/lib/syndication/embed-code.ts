/**
 * The HTML a newspaper pastes to embed an item: an iframe that works alone (fixed height,
 * scrolling inside), plus Loa's optional script that lets the iframe follow the content's height.
 */
import { absoluteUrl, routes } from '../routes.ts';

/** Height of the iframe before (or without) the auto-height script, in CSS pixels. */
export const EMBED_HEIGHT = 600;

/** Width the oEmbed answer declares, in CSS pixels; the iframe still shrinks to narrow columns. */
export const OEMBED_WIDTH = 640;

/** The widths offered under "Nhúng bài này"; null fills the column. */
export const EMBED_WIDTHS = [null, 640, 360] as const;
export type EmbedWidth = (typeof EMBED_WIDTHS)[number];

/** Message type the embed page posts to its parent, and the one the parent asks with. */
export const HEIGHT_MESSAGE = 'loa-embed-height';
export const ASK_MESSAGE = 'loa-embed-ask';

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedCodeOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** Title of the item, announced by screen readers for the frame. */
  title: string;
  /** Width in CSS pixels, or null to fill the column. */
  width: EmbedWidth;
  /** Absolute URL of the auto-height script, or null for the iframe alone. */
  script: string | null;
}

/** The iframe (and script) as one snippet. */
export function embedCode({ src, title, width, script }: EmbedCodeOptions): string {
  const size = width === null ? `height="${EMBED_HEIGHT}" style="width:100%;border:0"` : `width="${width}" height="${EMBED_HEIGHT}" style="max-width:100%;border:0"`;
  const iframe = `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" ${size} loading="lazy"></iframe>`;
  return script ? `${iframe}\n<script async src="${escapeAttr(script)}"></script>` : iframe;
}

/** Absolute embed URL and script URL of an item, as the snippet uses them. */
export function embedUrls(kind: Parameters<typeof routes.embed>[0], slug: string, lang?: string) {
  return { src: absoluteUrl(routes.embed(kind, slug, lang)), script: absoluteUrl(routes.embedScript()) };
}
