import type { SecretLintCoreConfigRule, SecretLintRuleCreator, SecretLintRuleSeverityLevel } from '@secretlint/types';
import { MIN_WEBHOOK_KEY_BYTES, WEBHOOK_SECRET_PREFIX } from '@citadel/protocol/webhooks';
import { unpaddedBase64Length, credentialFormat } from '@citadel/protocol/api';

/** A credential format secretlint's rules cannot know: the platform's own. */
interface PlatformCredential {
  /** The secretlint rule id it is reported under. */
  readonly id: string;
  readonly messageId: string;
  /** Matches the credential alone, not a longer run of its characters. */
  readonly pattern: RegExp;
  readonly what: string;
  readonly severity: SecretLintRuleSeverityLevel;
}

// Not preceded or followed by another character a credential could hold, so a longer token does not match.
const bounded = (body: string, alphabet: string) => new RegExp(`(?<![${alphabet}])${body}(?![${alphabet}])`, 'g');
const BASE64URL = 'A-Za-z0-9_\\-';
const { clientId, clientSecret } = credentialFormat;

const platformCredentials: readonly PlatformCredential[] = [
  {
    id: '@citadel/secretlint-rule-client-secret', messageId: 'CLIENT_SECRET', severity: 'error',
    pattern: bounded(`${clientSecret.prefix}[${BASE64URL}]{${unpaddedBase64Length(clientSecret.bytes)}}`, BASE64URL),
    what: 'a Citadel partner client secret: it belongs on your server only; rotate it, since it has been published',
  },
  {
    id: '@citadel/secretlint-rule-webhook-secret', messageId: 'WEBHOOK_SECRET', severity: 'error',
    // The one rule of @citadel/protocol/webhooks: the prefix and the base64 of at least 16 bytes.
    pattern: bounded(`${WEBHOOK_SECRET_PREFIX}[A-Za-z0-9+/]{${unpaddedBase64Length(MIN_WEBHOOK_KEY_BYTES)},}={0,2}`, `+/=${BASE64URL}`),
    what: 'a webhook signing secret: it belongs on your server only; set a new one, since it has been published',
  },
  {
    // An id is no secret, but it names a server-side credential: a page has no use for it.
    id: '@citadel/secretlint-rule-client-id', messageId: 'CLIENT_ID', severity: 'warning',
    pattern: bounded(`${clientId.prefix}[${BASE64URL}]{${unpaddedBase64Length(clientId.bytes)}}`, BASE64URL),
    what: 'a Citadel partner client id, which only your server needs',
  },
];

const ruleOf = (credential: PlatformCredential): SecretLintRuleCreator => {
  const messages = { [credential.messageId]: { en: (props: { CREDENTIAL: string }) => `found ${credential.what}: ${props.CREDENTIAL}` } };
  return {
    messages,
    meta: { id: credential.id, type: 'scanner', recommended: false, supportedContentTypes: ['text'] },
    create(context) {
      const t = context.createTranslator(messages);
      return {
        file(source) {
          for (const match of source.content.matchAll(credential.pattern)) {
            context.report({ message: t(credential.messageId, { CREDENTIAL: match[0] }), range: [match.index, match.index + match[0].length] });
          }
        },
      };
    },
  };
};

/**
 * secretlint rules for the credentials the platform issues (`ck_`/`cs_` partner credentials,
 * `whsec_` webhook secrets), each at its severity: a secret is an error, a client id a warning.
 */
export const platformCredentialRules: readonly SecretLintCoreConfigRule[] = platformCredentials.map((credential) => ({
  id: credential.id, rule: ruleOf(credential), severity: credential.severity,
}));
