import type { APIContext } from 'astro';
import { feedPaths, feedResponse } from '../../lib/syndication/endpoints.ts';

export const getStaticPaths = () => feedPaths(false);
export const GET = ({ props }: APIContext<{ lang: string }>) => feedResponse(undefined, props.lang);
