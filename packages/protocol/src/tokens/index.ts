export { TOKEN_ALGORITHM } from './algorithm.js';
export {
  ID_TOKEN_TYPE, ID_TOKEN_LIFETIME_SECONDS, ID_TOKEN_REQUIRED_CLAIMS, IDENTITY_CLAIM_NAMES, VERIFICATION_LEVELS, type VerificationLevel,
} from './id-token.js';
export { RECEIPT_TYPE, RECEIPT_CLAIM_NAMES, RECEIPT_REQUIRED_CLAIMS } from './receipt.js';
