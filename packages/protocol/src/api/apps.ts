import * as z from 'zod/mini';
import { AppId, Manifest } from '../manifest.js';

/** `GET /api/apps`: every active app, with `entry` and icons on the app's real origin. */
export const AppsAnswer = z.object({ apps: z.array(Manifest) });
/** `GET /api/apps/:id/launch`: the manifest of an app that may launch now (the kill switch). */
export const LaunchAnswer = z.object({ manifest: Manifest });
/** A path naming one app by `:id`. */
export const AppPath = z.object({ id: AppId });
/** A path naming one app by `:appId`. */
export const AppIdPath = z.object({ appId: AppId });
