import { hostScriptResponse } from '../../lib/syndication/endpoints.ts';

export const GET = hostScriptResponse;
