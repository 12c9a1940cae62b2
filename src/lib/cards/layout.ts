/**
 * The share card's design: a 1200×630 layout in the site's colours and fonts, as the element tree
 * satori draws. Pure: text is fitted with measured widths (src/lib/cards/fit.ts), so every line is
 * decided here and satori never re-wraps or overflows; the same content always gives the same tree.
 */
import { fitLine, fitText, type FittedText } from './fit.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The site's colours (src/styles/global.css; a unit test keeps them equal). */
export const CARD_COLOURS = {
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  paper: '#ffffff',
  tint: '#f6f2ec',
  accent: '#9b1c1c',
  accentDark: '#6e1212',
} as const;

/**
 * The colours that meet at an edge on the card, where the rasteriser mixes them: the band's text,
 * divider and logo on the accent; the body's text on paper; the host on the strip's tint; the rule
 * against the body and the strip. The PNG palette is made of these (src/lib/cards/png.ts).
 */
export const CARD_EDGES = [
  [CARD_COLOURS.accent, CARD_COLOURS.paper],
  [CARD_COLOURS.paper, CARD_COLOURS.ink],
  [CARD_COLOURS.paper, CARD_COLOURS.muted],
  [CARD_COLOURS.paper, CARD_COLOURS.accentDark],
  [CARD_COLOURS.tint, CARD_COLOURS.accentDark],
  [CARD_COLOURS.tint, CARD_COLOURS.accent],
] as const;

/** Font families satori knows, in fallback order: Latin and Vietnamese, then Khmer. */
export const CARD_FONT_FAMILIES = ['Be Vietnam Pro', 'Noto Sans Khmer'] as const;
export type CardFontWeight = 400 | 700;

/** Width in em of `text` at the given weight, through the same font fallback satori uses. */
export type CardMeasure = (text: string, weight: CardFontWeight) => number;

/** What a card says. Everything drawn on the card comes from here. */
export interface CardContent {
  /** BCP 47 language of the page the card belongs to. */
  lang: string;
  /** Kind of page, in the page's language: "Chỉ thị", "Điển hình", "Hỏi – đáp"… */
  label: string;
  title: string;
  /** Short facts under the title: number, date, issuer, place. */
  facts: string[];
  /** Site identity. */
  siteName: string;
  publisher: string;
  /** Host name the site is served at, e.g. "loa.example.vn". */
  host: string;
}

/** An element as satori takes it (React-like objects, no JSX). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | (string | CardNode)[];
    lang?: string;
    src?: string;
    width?: number;
    height?: number;
  };
}

/** The header's logo: a loudspeaker on white, as on every page of the site (32 units square). */
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#fff"/>' +
  '<path d="M7 13h4l8-6v18l-8-6H7z" fill="#9b1c1c"/><path d="M22 11a7 7 0 0 1 0 10" stroke="#9b1c1c" stroke-width="2.5" fill="none" stroke-linecap="round"/></svg>';

/** Geometry in px. */
const PAD_X = 64;
const BAND_HEIGHT = 104;
const STRIP_HEIGHT = 72;
const STRIP_BORDER = 6;
const BODY_PAD_TOP = 44;
const BODY_PAD_BOTTOM = 36;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PAD_X;
/** Width text is fitted to: a few px short of the content box, for rounding in the renderer. */
const TEXT_WIDTH = CONTENT_WIDTH - 8;
const LOGO_SIZE = 56;
const NAME_SIZE = 44;
const KICKER = { maxSize: 28, minSize: 22 };
const KICKER_GAP = 14;
const TITLE = { maxSize: 68, minSize: 34 };
const FACTS = { maxSize: 30, minSize: 24 };
const FACTS_GAP = 22;
const PUBLISHER = { maxSize: 26, minSize: 20 };

/**
 * Where the logo goes and what it is. The tree holds a white rounded square in its place; the
 * renderer draws the logo once and lays it over every card, since an SVG image inside the card's
 * SVG costs as much to draw as all the rest of the card.
 */
export const CARD_LOGO = { left: PAD_X, top: (BAND_HEIGHT - LOGO_SIZE) / 2, size: LOGO_SIZE, svg: LOGO_SVG } as const;
const HOST_SIZE = 26;

/** The rows of the card whose content differs from card to card: the body, between band and rule. */
export const CARD_BODY = { top: BAND_HEIGHT, height: CARD_HEIGHT - BAND_HEIGHT - STRIP_HEIGHT } as const;

/** Scripts whose stacked marks need taller lines than Latin. */
const TALL_SCRIPT = /[\p{Script=Khmer}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}]/u;

function lineHeightFor(text: string, latin: number): number {
  return TALL_SCRIPT.test(text) ? Math.max(latin, 1.6) : latin;
}

function lineNodes(fitted: FittedText, style: Record<string, string | number>): CardNode[] {
  return fitted.lines.map((line) => ({
    type: 'div',
    props: {
      style: { display: 'flex', whiteSpace: 'pre', fontSize: fitted.size, lineHeight: `${fitted.lineHeight}px`, height: fitted.lineHeight, ...style },
      children: line,
    },
  }));
}

/** Text fitted into the card's regions, exposed for tests and the image's alt text. */
export interface CardText {
  kicker: FittedText;
  title: FittedText;
  facts: FittedText | null;
  publisher: FittedText;
  host: FittedText;
}

export function fitCardText(content: CardContent, measure: CardMeasure): CardText {
  const { lang } = content;
  const bold = (text: string) => measure(text, 700);
  const regular = (text: string) => measure(text, 400);
  const label = content.label.toLocaleUpperCase(lang);
  const factsText = content.facts.filter(Boolean).join(' · ');

  const kickerLine = lineHeightFor(label, 1.3);
  const kicker = fitLine(label, bold, { width: TEXT_WIDTH, ...KICKER, lineHeight: kickerLine, lang });
  const factsLine = lineHeightFor(factsText, 1.3);
  const facts = factsText ? fitLine(factsText, regular, { width: TEXT_WIDTH, ...FACTS, lineHeight: factsLine, lang }) : null;

  const bodyHeight = CARD_HEIGHT - BAND_HEIGHT - STRIP_HEIGHT - BODY_PAD_TOP - BODY_PAD_BOTTOM;
  const titleHeight = bodyHeight - kicker.lineHeight - KICKER_GAP - (facts ? facts.lineHeight + FACTS_GAP : 0);
  const title = fitText(content.title, bold, {
    width: TEXT_WIDTH,
    height: titleHeight,
    ...TITLE,
    lineHeight: lineHeightFor(content.title, 1.22),
    lang,
  });

  const nameWidth = Math.ceil(bold(content.siteName) * NAME_SIZE);
  const publisherWidth = TEXT_WIDTH - LOGO_SIZE - 20 - nameWidth - 2 * 24 - 2;
  const publisher = fitLine(content.publisher, regular, { width: publisherWidth, ...PUBLISHER, lineHeight: lineHeightFor(content.publisher, 1.3), lang });
  const host = fitLine(content.host, bold, { width: TEXT_WIDTH, maxSize: HOST_SIZE, minSize: 18, lineHeight: 1.3, lang });
  return { kicker, title, facts, publisher, host };
}

/** The card as satori's element tree. */
export function cardTree(content: CardContent, measure: CardMeasure): CardNode {
  const text = fitCardText(content, measure);
  const band: CardNode = {
    type: 'div',
    props: {
      style: { display: 'flex', alignItems: 'center', height: BAND_HEIGHT, padding: `0 ${PAD_X}px`, boxSizing: 'border-box', background: CARD_COLOURS.accent, color: CARD_COLOURS.paper },
      children: [
        {
          type: 'div',
          props: { style: { width: LOGO_SIZE, height: LOGO_SIZE, flexShrink: 0, marginRight: 20, borderRadius: (LOGO_SIZE * 6) / 32, background: CARD_COLOURS.paper } },
        },
        { type: 'div', props: { style: { display: 'flex', fontSize: NAME_SIZE, fontWeight: 700, whiteSpace: 'pre' }, children: content.siteName } },
        { type: 'div', props: { style: { width: 2, height: 44, margin: '0 24px', background: 'rgba(255,255,255,0.6)' } } },
        { type: 'div', props: { style: { display: 'flex', flexDirection: 'column' }, children: lineNodes(text.publisher, { fontWeight: 400 }) } },
      ],
    },
  };
  const body: CardNode = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        flexDirection: 'column',
        flexGrow: 1,
        padding: `${BODY_PAD_TOP}px ${PAD_X}px ${BODY_PAD_BOTTOM}px`,
        boxSizing: 'border-box',
        background: CARD_COLOURS.paper,
      },
      children: [
        { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', marginBottom: KICKER_GAP }, children: lineNodes(text.kicker, { fontWeight: 700, color: CARD_COLOURS.accentDark }) } },
        { type: 'div', props: { style: { display: 'flex', flexDirection: 'column' }, children: lineNodes(text.title, { fontWeight: 700, color: CARD_COLOURS.ink }) } },
        ...(text.facts
          ? [{ type: 'div', props: { style: { display: 'flex', flexDirection: 'column', marginTop: 'auto' }, children: lineNodes(text.facts, { fontWeight: 400, color: CARD_COLOURS.muted }) } }]
          : []),
      ],
    },
  };
  // The rule above the strip is a box of its own, not a border: satori draws a border through a
  // clip path, which the rasteriser fills on a canvas of the card's size and costs a third of it.
  const rule: CardNode = { type: 'div', props: { style: { height: STRIP_BORDER, flexShrink: 0, background: CARD_COLOURS.accent } } };
  const strip: CardNode = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        alignItems: 'center',
        height: STRIP_HEIGHT - STRIP_BORDER,
        flexShrink: 0,
        padding: `0 ${PAD_X}px`,
        background: CARD_COLOURS.tint,
        boxSizing: 'border-box',
      },
      children: lineNodes(text.host, { fontWeight: 700, color: CARD_COLOURS.accentDark }),
    },
  };
  return {
    type: 'div',
    props: {
      lang: content.lang,
      style: {
        display: 'flex',
        flexDirection: 'column',
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        boxSizing: 'border-box',
        fontFamily: CARD_FONT_FAMILIES.map((f) => `'${f}'`).join(', '),
        color: CARD_COLOURS.ink,
        background: CARD_COLOURS.paper,
      },
      children: [band, body, rule, strip],
    },
  };
}

/**
 * A card tree as two layers drawn apart. The frame is the card with an empty body: band, rule and
 * strip say the same on every card of a site and language, so it is drawn once and kept. The body
 * is drawn alone, CARD_WIDTH × CARD_BODY.height, and its rows replace the frame's: the same pixels
 * as drawing the whole card, without redrawing the frame's text and logo for every card.
 */
export function cardLayers(tree: CardNode): { frame: CardNode; body: CardNode } {
  const [band, body, rule, strip] = tree.props.children as CardNode[];
  if (!band || !body || !rule || !strip) throw new Error('Not a card tree: expected band, body, rule and strip.');
  return {
    frame: { ...tree, props: { ...tree.props, children: [band, { ...body, props: { ...body.props, children: [] } }, rule, strip] } },
    body: { ...tree, props: { ...tree.props, style: { ...tree.props.style, height: CARD_BODY.height }, children: [body] } },
  };
}

/** What the card shows, in words, for og:image:alt. */
export function cardAltText(content: Pick<CardContent, 'label' | 'title' | 'facts' | 'siteName'>): string {
  return [`${content.siteName} – ${content.label}: ${content.title}`, ...content.facts.filter(Boolean)].join(' · ');
}
