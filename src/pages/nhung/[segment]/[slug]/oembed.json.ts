import type { APIContext } from 'astro';
import { oembedPaths, oembedResponse } from '../../../../lib/syndication/endpoints.ts';
import type { SyndicatedItem } from '../../../../lib/syndication/items.ts';
import { site } from '../../../../../site.config.ts';

export const getStaticPaths = () => oembedPaths(site.defaultLanguage);
export const GET = ({ props }: APIContext<{ item: SyndicatedItem }>) => oembedResponse(props.item);
