import { feedResponse } from '../../lib/syndication/endpoints.ts';
import { site } from '../../../site.config.ts';

export const GET = () => feedResponse('stories', site.defaultLanguage);
