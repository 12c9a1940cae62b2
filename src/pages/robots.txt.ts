import { robotsResponse } from '../lib/syndication/endpoints.ts';

export const GET = robotsResponse;
