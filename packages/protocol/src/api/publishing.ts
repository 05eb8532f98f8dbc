import * as z from 'zod/mini';
import { AppId, Manifest } from '../manifest.js';
import { LocalizedText } from '../schemas.js';
import { IsoTime, Text } from './common.js';
import { Phone } from './accounts.js';

/** An organisation id: lowercase letters, digits and dashes, 3 to 40 characters. */
export const OrgId = z.string().check(z.regex(/^[a-z][a-z0-9-]{1,38}[a-z0-9]$/));
/** What a member of an organisation may do: `owner` everything; `developer` apps, versions, credentials; `finance` payments and refunds views. */
export const OrgRole = z.enum(['owner', 'developer', 'finance']);
/** A member's role. */
export type OrgRole = z.infer<typeof OrgRole>;

/** `POST /api/developer/v1/orgs`. */
export const CreateOrgBody = z.strictObject({ id: OrgId, name: Text(120) });
/** An organisation, as a member sees it. */
export const Org = z.object({ id: z.string(), name: z.string(), role: OrgRole, createdAt: IsoTime });
/** One organisation. */
export const OrgAnswer = z.object({ org: Org });
/** The signed-in person's organisations. */
export const OrgsAnswer = z.object({ orgs: z.array(Org) });
/** A path naming one organisation. */
export const OrgPath = z.object({ orgId: OrgId });
/** A member or an invitation still waiting for its person to sign in. */
export const Member = z.object({ phone: z.string(), name: z.nullable(z.string()), role: OrgRole, state: z.enum(['member', 'invited']) });
/** The organisation's members and invitations. */
export const MembersAnswer = z.object({ members: z.array(Member) });
/** `POST …/orgs/:orgId/members`: invite someone by phone; they join when they sign in with that verified number. */
export const InviteBody = z.strictObject({ phone: Phone, role: OrgRole });

/** A hosted app's files are served by the platform; a linked app lives on the partner's own origin. */
export const AppKind = z.enum(['hosted', 'linked']);
/** `POST …/orgs/:orgId/apps`. */
export const CreateAppBody = z.strictObject({ id: AppId, name: LocalizedText, kind: AppKind });
/** Where a version is in review. */
export const VersionState = z.enum(['draft', 'in_review', 'approved', 'rejected']);
/** An app's release: the stable version, and a rollout version a share of citizens get. */
export const ReleaseState = z.object({
  stable: z.int(), rollout: z.nullable(z.int()), percent: z.int().check(z.minimum(0), z.maximum(100)), paused: z.boolean(),
});
/** Why and since when the platform operator suspended an app (the kill switch); null while it is active. */
export const Suspension = z.nullable(z.object({ reason: z.string(), at: IsoTime }));
/**
 * An app as its organisation sees it: its name is the released manifest's, or the one it was created with before
 * a first release.
 */
export const DeveloperApp = z.object({
  id: z.string(), orgId: z.nullable(z.string()), kind: AppKind, status: z.enum(['active', 'suspended']),
  suspension: Suspension, name: z.nullable(LocalizedText), release: z.nullable(ReleaseState),
});
/** One app. */
export const DeveloperAppAnswer = z.object({ app: DeveloperApp });
/** An organisation's apps. */
export const DeveloperAppsAnswer = z.object({ apps: z.array(DeveloperApp) });
/** A path naming one app. */
export const DeveloperAppPath = z.object({ appId: AppId });

/** One finding of the automated checks. */
export const CheckFinding = z.object({
  check: z.string(), severity: z.enum(['error', 'warning']), file: z.optional(z.string()), line: z.optional(z.int()),
  rule: z.optional(z.string()), message: z.string(),
});
/** A version as the console and the review queue show it. */
export const Version = z.object({
  number: z.int(), state: VersionState, reason: z.nullable(z.string()), createdAt: IsoTime,
  manifest: Manifest,
  /** The checks' findings (a stored version passed them: warnings only). */
  findings: z.array(CheckFinding),
  files: z.array(z.object({ path: z.string(), size: z.int(), sha256: z.string(), contentType: z.string() })),
});
/** One version. */
export const VersionAnswer = z.object({ version: Version });
/** An app's versions, newest first. */
export const VersionsAnswer = z.object({ versions: z.array(Version) });
/** A path naming one version of an app. */
export const VersionPath = z.object({ appId: AppId, number: z.coerce.number().check(z.int(), z.minimum(1)) });
/** `PUT …/apps/:appId/release`: release approved `version` to `percent` of citizens (100: everyone, the stable version). */
export const ReleaseBody = z.strictObject({ version: z.int().check(z.minimum(1)), percent: z.int().check(z.minimum(1), z.maximum(100)) });
/** `POST …/apps/:appId/release/pause`. */
export const PauseBody = z.strictObject({ paused: z.boolean() });
/** `POST …/apps/:appId/rollback`: make approved `version` the stable one for everyone, ending any rollout. */
export const RollbackBody = z.strictObject({ version: z.int().check(z.minimum(1)) });
/** The app's release after a change. */
export const ReleaseAnswer = z.object({ release: ReleaseState });

/** A version waiting for review, with what the reviewer decides on. */
export const ReviewItem = z.object({
  appId: z.string(), appName: z.nullable(LocalizedText), version: Version,
  /** Permissions this version declares that the released version does not, and those it drops. */
  permissions: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});
/** The review queue, oldest first. */
export const ReviewQueueAnswer = z.object({ items: z.array(ReviewItem) });
/** `POST …/review/:appId/:number`: a reviewer's decision; a rejection needs its reason. */
export const DecisionBody = z.strictObject({ approve: z.boolean(), reason: z.optional(Text(1000)) });

/** `GET …/apps/:appId/linked-proof`: what a linked app serves at `/.well-known/citadel-app.json` to prove its origin. */
export const LinkedProofAnswer = z.object({ path: z.string(), proof: z.object({ appId: z.string(), token: z.string() }) });
/** `POST …/apps/:appId/linked-versions`: a linked app's version is its manifest; its `entry` is on the partner's origin. */
export const LinkedVersionBody = z.strictObject({ manifest: Manifest });
