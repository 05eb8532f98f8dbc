/**
 * The one signature algorithm of every token the platform signs (identity tokens, receipts):
 * ES256, asymmetric, so partners verify with the published JWKS and never hold a signing key.
 * Verifiers pin it and accept nothing else (RFC 8725 §3.1: pinning stops `none` and HMAC-with-the-public-key forgeries).
 */
export const TOKEN_ALGORITHM = 'ES256';
