import * as z from 'zod/mini';
import { Text } from './common.js';
import { DeveloperApp } from './publishing.js';

/** The longest reason the operator may give for a suspension: 500 characters. */
export const MAX_SUSPENSION_REASON = 500;

/** `POST /api/developer/v1/operator/apps/:appId/suspend`: why, in words the partner will read. */
export const SuspendBody = z.strictObject({ reason: Text(MAX_SUSPENSION_REASON) });
/** Every app, as the operator sees it: the app and its organisation's name. */
export const OperatorApp = z.extend(DeveloperApp, { orgName: z.nullable(z.string()) });
/** Every app, for the kill switch. */
export const OperatorAppsAnswer = z.object({ apps: z.array(OperatorApp) });
/** One app after a suspension or a reinstatement. */
export const OperatorAppAnswer = z.object({ app: OperatorApp });
