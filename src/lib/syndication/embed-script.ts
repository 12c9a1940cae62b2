/**
 * The two halves of auto-height, as plain ES5 with no library (iframe-resizer 5 is GPL or paid):
 * - the frame script, inline in every embed page, posts the content's height to the parent
 *   whenever it changes, and again when the parent asks;
 * - the host script, served at routes.embedScript() for embedding pages, sets an iframe's height
 *   only from a message that comes from Loa's origin (the script's own) and from that very
 *   iframe's window. Other origins and other frames are ignored.
 */
import { ASK_MESSAGE, HEIGHT_MESSAGE } from './embed-code.ts';

/** Heights above this are refused, so a broken page cannot make a newspaper page endless. */
export const MAX_EMBED_HEIGHT = 100_000;

/** Id of the element whose height the frame reports. */
export const EMBED_ROOT_ID = 'loa-nhung';

export function frameScript(): string {
  return `(function(){if(parent===window)return;var m=document.getElementById(${JSON.stringify(EMBED_ROOT_ID)}),h=0;
function send(f){var n=Math.ceil(m.getBoundingClientRect().height);if(n!==h||f){h=n;parent.postMessage({type:${JSON.stringify(HEIGHT_MESSAGE)},height:n},"*")}}
new ResizeObserver(function(){send()}).observe(m);
addEventListener("message",function(e){if(e.source===parent&&e.data&&e.data.type===${JSON.stringify(ASK_MESSAGE)})send(1)})})();`;
}

export function hostScript(): string {
  return `/* Loa: khung nhúng tự đổi chiều cao theo nội dung (auto-height for Loa embeds) */
(function(){var s=document.currentScript,o=s&&new URL(s.src).origin,f,i;if(!o||window.loaEmbedHeight)return;window.loaEmbedHeight=1;
addEventListener("message",function(e){var d=e.data,l,j;if(e.origin!==o||!d||d.type!==${JSON.stringify(HEIGHT_MESSAGE)}||!(d.height>0&&d.height<${MAX_EMBED_HEIGHT}))return;
for(l=document.getElementsByTagName("iframe"),j=0;j<l.length;j++)if(l[j].contentWindow===e.source)l[j].style.height=Math.ceil(d.height)+"px"});
for(f=document.getElementsByTagName("iframe"),i=0;i<f.length;i++)if(f[i].contentWindow)f[i].contentWindow.postMessage({type:${JSON.stringify(ASK_MESSAGE)}},o)})();
`;
}
