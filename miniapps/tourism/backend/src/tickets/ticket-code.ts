import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '@citadel-miniapp/backend-kit';

/** What a ticket code vouches for. */
export interface TicketClaim {
  readonly reference: string;
  readonly placeId: string;
  readonly quantity: number;
}

// `<reference>.<placeId>.<quantity>.<mac>`: readable at the gate, and the MAC (HMAC-SHA256,
// first 16 bytes, base64url) makes it unforgeable without the backend's secret.
const CODE = /^(TK-[A-Za-z0-9_-]{8,40})\.([a-z0-9-]{2,40})\.(\d{1,2})\.([A-Za-z0-9_-]{22})$/;

const mac = (secret: Buffer, body: string) => createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');

/** Signs and checks ticket codes with one secret. */
export function createTicketSigner(secret: Buffer) {
  return {
    sign(claim: TicketClaim): string {
      const body = `${claim.reference}.${claim.placeId}.${claim.quantity}`;
      return `${body}.${mac(secret, body)}`;
    },
    /** The claim of a genuine code, or undefined for anything else. */
    verify(code: string): TicketClaim | undefined {
      const m = CODE.exec(code);
      if (!m) return undefined;
      const expected = Buffer.from(mac(secret, `${m[1]}.${m[2]}.${m[3]}`));
      const given = Buffer.from(m[4]!);
      if (!timingSafeEqual(expected, given)) return undefined;
      return { reference: m[1]!, placeId: m[2]!, quantity: Number(m[3]) };
    },
  };
}

export type TicketSigner = ReturnType<typeof createTicketSigner>;

/** The signing secret kept in the database: made by the first start, the same on every start after. */
export async function loadTicketSecret(db: Queryable): Promise<Buffer> {
  await db.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', ['ticket', randomBytes(32).toString('base64')]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', ['ticket']);
  return Buffer.from(row!.value, 'base64');
}
