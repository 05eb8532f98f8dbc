/** Who the passkeys belong to (WebAuthn's relying party): the host's origin and its host name as RP id. */
export interface RelyingParty {
  /** The RP id: the host's name (`localhost` in development; WebAuthn allows http only there). */
  readonly id: string;
  /** The one origin a ceremony may come from: the host's. */
  readonly origin: string;
  /** The name authenticators show. */
  readonly name: string;
}

/** The relying party of the host at `hostOrigin`, read at each ceremony (the port is known only once listening). */
export const relyingPartyOf = (hostOrigin: string): RelyingParty => ({ id: new URL(hostOrigin).hostname, origin: hostOrigin, name: 'Citadel' });
