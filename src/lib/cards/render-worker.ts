/**
 * A worker thread of the card render pool (render-pool.ts): draws the card trees it is sent with
 * its own engine and sends back the PNGs, or the error that stopped one.
 */
import { parentPort } from 'node:worker_threads';
import type { CardNode } from './layout.ts';
import { cardEngine, cardPng } from './render.ts';

export interface RenderRequest {
  id: number;
  tree: CardNode;
}

export type RenderReply = { id: number; png: Uint8Array } | { id: number; error: { message: string; stack?: string } };

if (!parentPort) throw new Error('render-worker.ts runs as a worker thread of CardRenderPool, not on its own.');
const port = parentPort;
const engine = cardEngine();

port.on('message', async ({ id, tree }: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id, png: await cardPng(tree, await engine) };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    reply = { id, error: { message, stack } };
  }
  port.postMessage(reply);
});
