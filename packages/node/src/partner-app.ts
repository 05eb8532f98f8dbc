import { isJsonObject } from './json-value.js';

/** Whether the platform operator lets citizens launch the app. */
export type PartnerAppStatus = 'active' | 'suspended';

/** The app the partner credentials belong to, as `GET /api/partner/v1/app` answers it. */
export interface PartnerApp {
  /** The app id, the `aud` of its identity tokens. */
  readonly id: string;
  /** `suspended` when the operator suspended the app: citizens cannot launch it. */
  readonly status: PartnerAppStatus;
  /** The app's display name in Vietnamese and English. */
  readonly name: { readonly vi: string; readonly en: string };
}

/** Reads a `PartnerApp` from an answer body; `undefined` when it is not that shape. Unknown members are dropped. */
export function parsePartnerApp(body: unknown): PartnerApp | undefined {
  if (!isJsonObject(body)) return undefined;
  const { id, status, name } = body;
  if (typeof id !== 'string' || (status !== 'active' && status !== 'suspended')) return undefined;
  if (!isJsonObject(name) || typeof name['vi'] !== 'string' || typeof name['en'] !== 'string') return undefined;
  return { id, status, name: { vi: name['vi'], en: name['en'] } };
}
