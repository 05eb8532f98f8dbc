import type * as z from 'zod/mini';
import type {
  AppKind, CheckFinding, Citizen, DeveloperApp, LinkedProofAnswer, Member, OperatorApp, Org, PaymentView, PaymentsPageAnswer, ReleaseState, ReviewItem, Version,
  VersionState,
} from '@citadel/protocol/api';

// What the console shows, as the contract declares it: no wire type is written by hand here.

/** The signed-in person. */
export type Person = Citizen;
/** An organisation, with the person's role in it. */
export type OrgInfo = z.infer<typeof Org>;
/** A member or an invitation. */
export type MemberInfo = z.infer<typeof Member>;
/** An app as its organisation sees it. */
export type AppInfo = z.infer<typeof DeveloperApp>;
/** Hosted by the platform, or linked to the partner's server. */
export type Kind = z.infer<typeof AppKind>;
/** An app's release. */
export type Release = z.infer<typeof ReleaseState>;
/** One version of an app. */
export type VersionInfo = z.infer<typeof Version>;
/** Where a version is in review. */
export type State = z.infer<typeof VersionState>;
/** One finding of the automated checks. */
export type Finding = z.infer<typeof CheckFinding>;
/** A version waiting for review, with its permission changes. */
export type ReviewEntry = z.infer<typeof ReviewItem>;
/** A linked app's proof of its origin: the path to serve it at, and the JSON. */
export type LinkedProof = z.infer<typeof LinkedProofAnswer>;
/** An app as the operator's kill switch lists it, with its organisation's name. */
export type OperatorAppInfo = z.infer<typeof OperatorApp>;
/** One payment to an app, with its refunds, as finance people see it. */
export type PaymentInfo = z.infer<typeof PaymentView>;
/** A page of an app's payments, with the totals and the next page's cursor. */
export type PaymentsPage = z.infer<typeof PaymentsPageAnswer>;
