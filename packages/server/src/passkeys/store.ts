import type { Passkey } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

/** A stored passkey: what verifying its next assertion needs, and whose it is. */
export interface StoredPasskey {
  readonly id: string;
  readonly citizenId: string;
  /** The COSE public key, base64url. */
  readonly publicKey: string;
  readonly counter: number;
  readonly transports: readonly string[];
}

interface PasskeyRow {
  id: string;
  citizen_id: string;
  public_key: string;
  counter: string | number;
  transports: string[];
  name: string;
  created_at: Date;
  last_used_at: Date | null;
}

const toPasskey = (r: PasskeyRow): Passkey => ({
  id: r.id, name: r.name, createdAt: r.created_at.toISOString(), lastUsedAt: r.last_used_at?.toISOString() ?? null,
});
const toStored = (r: PasskeyRow): StoredPasskey => ({
  id: r.id, citizenId: r.citizen_id, publicKey: r.public_key, counter: Number(r.counter), transports: r.transports,
});

/** The citizens' passkeys in the database: no SQL outside this file. */
export function createPasskeyStore(db: Queryable) {
  return {
    /** The citizen's passkeys, newest first. */
    async list(citizenId: string): Promise<Passkey[]> {
      const rows = await db.query<PasskeyRow>('SELECT * FROM passkeys WHERE citizen_id = $1 ORDER BY created_at DESC, id', [citizenId]);
      return rows.map(toPasskey);
    },
    /** The citizen's passkeys as a ceremony's allow or exclude list needs them. */
    async credentials(citizenId: string): Promise<StoredPasskey[]> {
      const rows = await db.query<PasskeyRow>('SELECT * FROM passkeys WHERE citizen_id = $1 ORDER BY created_at DESC, id', [citizenId]);
      return rows.map(toStored);
    },
    /** One passkey by credential id, whoever's it is. */
    async find(id: string): Promise<StoredPasskey | undefined> {
      const [row] = await db.query<PasskeyRow>('SELECT * FROM passkeys WHERE id = $1', [id]);
      return row ? toStored(row) : undefined;
    },
    /** Stores a verified new passkey; undefined when the credential id is already registered (to anyone). */
    async add(input: StoredPasskey & { name: string; deviceType: string; backedUp: boolean }): Promise<Passkey | undefined> {
      const [row] = await db.query<PasskeyRow>(
        `INSERT INTO passkeys (id, citizen_id, public_key, counter, transports, name, device_type, backed_up)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING *`,
        [input.id, input.citizenId, input.publicKey, input.counter, [...input.transports], input.name, input.deviceType, input.backedUp]);
      return row ? toPasskey(row) : undefined;
    },
    /**
     * Records a verified use: the new signature counter and the time. Conditional on the counter
     * stored still being below it (or both zero, for authenticators that keep none), so of two
     * racing uses of one cloned key at most one moves it; false when it did not.
     */
    async used(id: string, counter: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE passkeys SET counter = $2, last_used_at = now()
         WHERE id = $1 AND (counter < $2 OR (counter = 0 AND $2 = 0)) RETURNING id`,
        [id, counter]);
      return rows.length > 0;
    },
    /** Removes one of the citizen's passkeys; false when the citizen has no such passkey. */
    async remove(citizenId: string, id: string): Promise<boolean> {
      return (await db.query('DELETE FROM passkeys WHERE id = $1 AND citizen_id = $2 RETURNING id', [id, citizenId])).length > 0;
    },
  };
}

/** The passkey store, as `createPasskeyStore` returns it. */
export type PasskeyStore = ReturnType<typeof createPasskeyStore>;
