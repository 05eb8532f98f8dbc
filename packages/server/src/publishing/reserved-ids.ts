import { RESERVED_APP_IDS } from '@citadel/protocol';
import { ApiError } from '../errors.js';

/** Refuses a new app whose id is one of `RESERVED_APP_IDS` (`console`, `www`, `api`, `admin`), the operator's too, with 400 `INVALID_PARAMS` on `id`. */
export function refuseReservedAppId(id: string): void {
  if (!RESERVED_APP_IDS.includes(id)) return;
  const message = `"${id}" is reserved for the platform's own sites`;
  throw new ApiError(400, 'INVALID_PARAMS', `id: ${message}`, { issues: [{ path: 'id', message }] });
}
