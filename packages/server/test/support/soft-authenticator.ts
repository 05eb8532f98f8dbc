// A software passkey authenticator for Node-side tests and the bench: real ES256 keys
// (node:crypto), a hand-built 'none' attestation and real assertions, so the server's WebAuthn
// library verifies exactly what a browser would send. CBOR through the library's own encoder.
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const b64u = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();
const FLAG = { UP: 0x01, UV: 0x04, AT: 0x40 } as const;

interface Held { privateKey: KeyObject; userHandle: string; counter: number }

/** Options of a ceremony as the platform answers them: only what an authenticator reads. */
interface CreateOptions { challenge: string; user: { id: string }; rp: { id?: string } }
interface GetOptions { challenge: string; allowCredentials?: ReadonlyArray<{ id: string }> }

/** How one assertion departs from an honest authenticator's, to test the server's refusals. */
export interface AssertionTweaks {
  /** Sign with this credential instead of the first allowed (or first held) one. */
  readonly credentialId?: string;
  /** Report this signature counter instead of the next one. */
  readonly counter?: number;
  /** Leave the user-verified flag off. */
  readonly unverified?: boolean;
}

/** A software authenticator for `origin` (the host's), holding discoverable ES256 credentials. */
export function createSoftAuthenticator(origin: string) {
  const held = new Map<string, Held>();
  const rpIdHash = (rpId: string) => sha256(rpId);
  const clientData = (type: string, challenge: string) => Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  const counterBytes = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };

  return {
    /** Credential ids held, oldest first. */
    get ids() { return [...held.keys()]; },
    /**
     * Creates a credential answering registration `options` (`navigator.credentials.create`);
     * `tweaks.again` attests a held credential once more, `tweaks.unverified` leaves the UV flag off.
     */
    create(options: CreateOptions, tweaks: { again?: string; unverified?: boolean } = {}) {
      const rpId = options.rp.id ?? new URL(origin).hostname;
      const prior = tweaks.again === undefined ? undefined : held.get(tweaks.again);
      const privateKey = prior?.privateKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
      const publicKey = createPublicKey(privateKey);
      const jwk = publicKey.export({ format: 'jwk' });
      const cose = isoCBOR.encode(new Map<number, number | Uint8Array>([
        [1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, 'base64url')], [-3, Buffer.from(jwk.y!, 'base64url')],
      ]));
      const id = tweaks.again === undefined ? randomBytes(16) : Buffer.from(tweaks.again, 'base64url');
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(id.length);
      const authData = Buffer.concat([
        rpIdHash(rpId), Buffer.of(FLAG.UP | (tweaks.unverified ? 0 : FLAG.UV) | FLAG.AT), counterBytes(0), Buffer.alloc(16), idLength, id, cose,
      ]);
      const attestationObject = isoCBOR.encode(new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'], ['attStmt', new Map<string, string>()], ['authData', authData],
      ]));
      held.set(b64u(id), { privateKey, userHandle: options.user.id, counter: 0 });
      return {
        id: b64u(id), rawId: b64u(id), type: 'public-key' as const, clientExtensionResults: {}, authenticatorAttachment: 'platform' as const,
        response: {
          clientDataJSON: b64u(clientData('webauthn.create', options.challenge)),
          attestationObject: b64u(attestationObject),
          transports: ['internal' as const],
        },
      };
    },
    /** Signs `options`' challenge with a held credential (`navigator.credentials.get`); the counter goes up by one. */
    get(options: GetOptions, tweaks: AssertionTweaks = {}) {
      const allowed = options.allowCredentials?.map((c) => c.id).filter((id) => held.has(id)) ?? [];
      const id = tweaks.credentialId ?? allowed[0] ?? [...held.keys()][0];
      const credential = id === undefined ? undefined : held.get(id);
      if (!id || !credential) throw new Error('NotAllowedError: no credential for these options');
      credential.counter += 1;
      const authData = Buffer.concat([
        rpIdHash(new URL(origin).hostname), Buffer.of(FLAG.UP | (tweaks.unverified ? 0 : FLAG.UV)), counterBytes(tweaks.counter ?? credential.counter),
      ]);
      const clientDataJSON = clientData('webauthn.get', options.challenge);
      const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), credential.privateKey);
      return {
        id, rawId: id, type: 'public-key' as const, clientExtensionResults: {}, authenticatorAttachment: 'platform' as const,
        response: { clientDataJSON: b64u(clientDataJSON), authenticatorData: b64u(authData), signature: b64u(signature), userHandle: credential.userHandle },
      };
    },
  };
}
