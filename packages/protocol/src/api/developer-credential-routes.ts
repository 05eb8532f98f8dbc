import { CreateCredentialBody, CredentialAnswer, CredentialPath, CredentialsAnswer, NewCredentialAnswer } from './developer-credentials.js';
import { DeveloperAppPath } from './publishing.js';
import type { ApiRoute } from './route.js';

/**
 * The developer API's credentials self-service (docs/credentials-and-webhooks.md), merged into `developerRoutes`: an
 * app's client secrets, listed, created (at most two active) and revoked.
 */
export const developerCredentialRoutes = {
  credentials: {
    method: 'get', path: '/apps/:appId/credentials', audience: 'developer',
    summary: 'The app\'s client ids and their state (never a secret): active ones first, then the ended, at most 20.',
    params: DeveloperAppPath, responses: { 200: CredentialsAnswer },
  },
  createCredential: {
    method: 'post', path: '/apps/:appId/credentials', audience: 'developer',
    summary: 'Issues a client id and secret, the secret shown once; refused past 2 active. expireOthers: the other active one expires in a day.',
    params: DeveloperAppPath, body: CreateCredentialBody, responses: { 201: NewCredentialAnswer },
  },
  revokeCredential: {
    method: 'post', path: '/apps/:appId/credentials/:clientId/revoke', audience: 'developer',
    summary: 'Revokes a client secret at once; the app\'s last active one cannot be revoked.',
    params: CredentialPath, responses: { 200: CredentialAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
