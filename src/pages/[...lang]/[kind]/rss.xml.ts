import type { APIContext } from 'astro';
import { feedPaths, feedResponse } from '../../../lib/syndication/endpoints.ts';
import type { ItemKind } from '../../../lib/routes.ts';

export const getStaticPaths = () => feedPaths(true);
export const GET = ({ props }: APIContext<{ kind: ItemKind; lang: string }>) => feedResponse(props.kind, props.lang);
