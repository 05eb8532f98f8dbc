import { ApiError } from '../errors.js';

/**
 * The app whose credentials `requirePartner` accepted, for partner routes mounted beside the group that applies it;
 * mounted without it by mistake, a route refuses rather than act for no app.
 */
export function partnerAppOf(c: { get(key: 'partnerAppId'): string | undefined }): string {
  const appId = c.get('partnerAppId');
  if (!appId) throw new ApiError(401, 'UNAUTHENTICATED', 'Partner credentials are required');
  return appId;
}
