/** The `typ` header every Citadel identity token carries (RFC 8725 §3.11: explicit typing). */
export const ID_TOKEN_TYPE = 'citadel-id+jwt';

/** The one signature algorithm identity tokens use. Verifiers pin it; nothing else is accepted. */
export const ID_TOKEN_ALGORITHM = 'ES256';

/** The longest lifetime (`exp - iat`) an identity token may have, in seconds (security model rule 6). */
export const ID_TOKEN_MAX_LIFETIME_SECONDS = 300;
