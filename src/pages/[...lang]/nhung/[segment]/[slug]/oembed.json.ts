import type { APIContext } from 'astro';
import { oembedPaths, oembedResponse } from '../../../../../lib/syndication/endpoints.ts';
import type { SyndicatedItem } from '../../../../../lib/syndication/items.ts';

export const getStaticPaths = () => oembedPaths();
export const GET = ({ props }: APIContext<{ item: SyndicatedItem }>) => oembedResponse(props.item);
