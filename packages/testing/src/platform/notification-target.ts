import { isAllowedDeepLink, type Manifest } from '@citadel/protocol';
import type { SendBody } from '@citadel/protocol/api';
import { PlatformRefusal } from './refusal.js';

const invalid = (path: string, message: string, issue: string) => new PlatformRefusal(400, 'INVALID_PARAMS', message, { issues: [{ path, message: issue }] });

/**
 * The topic and path of a send, checked against the app's manifest as the platform checks them
 * (docs/notify-your-users.md): the `notifications` permission and section declared (`403 FORBIDDEN`), a declared
 * topic, required when there are any, and a path under one of the declared deep links (`400 INVALID_PARAMS`).
 * Without a manifest, any topic and path pass.
 */
export function notificationTarget(manifest: Manifest | undefined, body: SendBody): { topic: string | null; path: string } {
  const path = body.path ?? '/';
  if (!manifest) return { topic: body.topic ?? null, path };
  const section = manifest.notifications;
  if (!section || !manifest.permissions.some((p) => p.name === 'notifications')) {
    throw new PlatformRefusal(403, 'FORBIDDEN', 'This app\'s manifest declares no notifications permission and section');
  }
  const topics = section.topics.map((t) => t.id);
  if (body.topic === undefined && topics.length > 0) throw invalid('topic', `topic: required, one of ${topics.join(', ')}`, 'required');
  if (body.topic !== undefined && !topics.includes(body.topic)) {
    throw invalid('topic', `topic: "${body.topic}" is not declared in the manifest (${topics.join(', ') || 'no topics'})`, 'not declared');
  }
  if (path !== '/' && !isAllowedDeepLink(section, path)) {
    throw invalid('path', `path: must start with one of the manifest's deepLinks (${section.deepLinks.join(', ')})`, 'not an allowed deep link');
  }
  return { topic: body.topic ?? null, path };
}
