import {
  CreateAppBody, CreateOrgBody, DecisionBody, DeveloperAppAnswer, DeveloperAppPath, DeveloperAppsAnswer, InviteBody, MembersAnswer,
  LinkedProofAnswer, LinkedVersionBody, OrgAnswer, OrgPath, OrgsAnswer, PauseBody, ReleaseAnswer, ReleaseBody, ReviewQueueAnswer, RollbackBody, VersionAnswer, VersionPath,
  VersionsAnswer,
} from './publishing.js';
import type { ApiRoute } from './route.js';
import { developerCredentialRoutes } from './developer-credential-routes.js';
import { developerWebhookRoutes } from './developer-webhook-routes.js';
import { developerAnalyticsRoutes } from './developer-analytics-routes.js';

/** Largest bundle upload: 10 MiB (docs/publish-your-app.md). */
export const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;

/**
 * The developer API under `/api/developer/v1` (docs/publish-your-app.md): what the developer console calls with a
 * signed-in person's session, by their role in the app's organisation. The app routes (`/apps/:appId/…`) also take the
 * app's partner credentials (HTTP Basic), so a CI pipeline can upload, submit and release.
 */
export const developerRoutes = {
  orgs: { method: 'get', path: '/orgs', audience: 'developer', summary: 'The organisations the signed-in person belongs to.', responses: { 200: OrgsAnswer } },
  createOrg: {
    method: 'post', path: '/orgs', audience: 'developer', summary: 'Creates an organisation; its creator is its owner.',
    body: CreateOrgBody, responses: { 201: OrgAnswer },
  },
  members: { method: 'get', path: '/orgs/:orgId/members', audience: 'developer', summary: 'The organisation\'s members and invitations.', params: OrgPath, responses: { 200: MembersAnswer } },
  invite: {
    method: 'post', path: '/orgs/:orgId/members', audience: 'developer',
    summary: 'Invites a person by phone (owners only); they join when they sign in with that number, verified.',
    params: OrgPath, body: InviteBody, responses: { 200: MembersAnswer },
  },
  orgApps: { method: 'get', path: '/orgs/:orgId/apps', audience: 'developer', summary: 'The organisation\'s apps.', params: OrgPath, responses: { 200: DeveloperAppsAnswer } },
  createApp: {
    method: 'post', path: '/orgs/:orgId/apps', audience: 'developer',
    summary: 'Creates an app (owners and developers); an id or name that reads as another app\'s or holds a protected word is refused.',
    params: OrgPath, body: CreateAppBody, responses: { 201: DeveloperAppAnswer },
  },
  versions: {
    method: 'get', path: '/apps/:appId/versions', audience: 'developer', summary: 'The app\'s versions, newest first.',
    params: DeveloperAppPath, responses: { 200: VersionsAnswer },
  },
  uploadVersion: {
    method: 'post', path: '/apps/:appId/versions', audience: 'developer',
    summary: 'Uploads a hosted app\'s bundle (a zip of its built files with manifest.json at the root): checked, and stored as a draft.',
    params: DeveloperAppPath, rawBody: 'application/zip', bodyLimit: MAX_BUNDLE_BYTES, responses: { 201: VersionAnswer, 200: VersionAnswer },
  },
  linkedProof: {
    method: 'get', path: '/apps/:appId/linked-proof', audience: 'developer',
    summary: 'A linked app\'s proof of its origin: the JSON to serve at /.well-known/citadel-app.json on it.',
    params: DeveloperAppPath, responses: { 200: LinkedProofAnswer },
  },
  addLinkedVersion: {
    method: 'post', path: '/apps/:appId/linked-versions', audience: 'developer',
    summary: 'Adds a linked app\'s version (its manifest), once its origin proves it is yours and lets only the host frame it.',
    params: DeveloperAppPath, body: LinkedVersionBody, responses: { 201: VersionAnswer, 200: VersionAnswer },
  },
  submitVersion: {
    method: 'post', path: '/apps/:appId/versions/:number/submit', audience: 'developer', summary: 'Sends a draft to review.',
    params: VersionPath, responses: { 200: VersionAnswer },
  },
  release: {
    method: 'put', path: '/apps/:appId/release', audience: 'developer',
    summary: 'Releases an approved version to a share of citizens; 100 makes it the stable version for everyone.',
    params: DeveloperAppPath, body: ReleaseBody, responses: { 200: ReleaseAnswer },
  },
  pauseRelease: {
    method: 'post', path: '/apps/:appId/release/pause', audience: 'developer',
    summary: 'Pauses the rollout (everyone gets the stable version) or resumes it (the same citizens again).',
    params: DeveloperAppPath, body: PauseBody, responses: { 200: ReleaseAnswer },
  },
  rollback: {
    method: 'post', path: '/apps/:appId/rollback', audience: 'developer',
    summary: 'Makes an earlier approved version the stable one for everyone and ends any rollout, in one action.',
    params: DeveloperAppPath, body: RollbackBody, responses: { 200: ReleaseAnswer },
  },
  reviewQueue: {
    method: 'get', path: '/review', audience: 'developer', summary: 'Versions waiting for review, oldest first (reviewers only).',
    responses: { 200: ReviewQueueAnswer },
  },
  decide: {
    method: 'post', path: '/review/:appId/:number', audience: 'developer',
    summary: 'A reviewer approves or rejects a version in review; a rejection carries its reason.',
    params: VersionPath, body: DecisionBody, responses: { 200: VersionAnswer },
  },
  ...developerCredentialRoutes,
  ...developerWebhookRoutes,
  ...developerAnalyticsRoutes,
} as const satisfies Record<string, ApiRoute>;
