import { randomUUID } from 'node:crypto';
import type { Citizen, Role, VerificationLevel } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

interface Row {
  id: string; phone: string; name: string; verification_level: VerificationLevel;
  full_name: string | null; date_of_birth: string | null; ward: string | null; roles: Role[]; phone_verified: boolean;
}

/** The columns `toCitizen` reads, for a query over `citizens` (aliased `c` where it is joined). */
export const citizenColumns = (alias = '') =>
  ['id', 'phone', 'name', 'verification_level', 'full_name', 'date_of_birth', 'ward', 'roles'].map((c) => alias + c).join(', ') +
  `, ${alias}phone_verified_at IS NOT NULL AS phone_verified`;
const COLUMNS = citizenColumns();

/** Maps a database row to the public shape. */
export const toCitizen = (row: Row): Citizen => ({
  id: row.id, phone: row.phone, name: row.name, verificationLevel: row.verification_level,
  fullName: row.full_name, dateOfBirth: row.date_of_birth, ward: row.ward, roles: row.roles, phoneVerified: row.phone_verified,
});

/** Queries over the `citizens` table. */
export function createCitizens(db: Queryable) {
  return {
    /**
     * Creates a citizen; undefined when the phone number is taken. `phoneVerified`: the number was confirmed with a
     * one-time code (sign-up) or vouched for by the operator (demo accounts).
     */
    async create(input: { phone: string; name: string; passwordHash: string; phoneVerified: boolean }): Promise<Citizen | undefined> {
      const [row] = await db.query<Row>(
        `INSERT INTO citizens (id, phone, name, password_hash, phone_verified_at) VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END)
         ON CONFLICT (phone) DO NOTHING RETURNING ${COLUMNS}`,
        [randomUUID(), input.phone, input.name, input.passwordHash, input.phoneVerified]);
      return row && toCitizen(row);
    },
    /** Whether a citizen has this phone number, and who. */
    async idByPhone(phone: string): Promise<string | undefined> {
      const [row] = await db.query<{ id: string }>('SELECT id FROM citizens WHERE phone = $1', [phone]);
      return row?.id;
    },
    /**
     * Moves a citizen to a confirmed number (or marks their own number confirmed), in one statement; undefined when
     * another account has that number.
     */
    async setVerifiedPhone(id: string, phone: string): Promise<Citizen | undefined> {
      try {
        const [row] = await db.query<Row>(`UPDATE citizens SET phone = $2, phone_verified_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [id, phone]);
        return row && toCitizen(row);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') return undefined;
        throw error;
      }
    },
    /** Replaces the password (account recovery, after a code to the number, which that proves too). */
    async resetPassword(id: string, passwordHash: string): Promise<Citizen | undefined> {
      const [row] = await db.query<Row>(
        `UPDATE citizens SET password_hash = $2, phone_verified_at = coalesce(phone_verified_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, passwordHash]);
      return row && toCitizen(row);
    },
    async byId(id: string): Promise<Citizen | undefined> {
      const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM citizens WHERE id = $1`, [id]);
      return row && toCitizen(row);
    },
    /** The citizen and password hash for a phone number, for sign-in. */
    async credentialsByPhone(phone: string): Promise<{ citizen: Citizen; passwordHash: string } | undefined> {
      const [row] = await db.query<Row & { password_hash: string }>(`SELECT ${COLUMNS}, password_hash FROM citizens WHERE phone = $1`, [phone]);
      return row && { citizen: toCitizen(row), passwordHash: row.password_hash };
    },
    /** Grants or withdraws a platform role (the operator's command line); false when no citizen has that phone. */
    async setRole(phone: string, role: Role, held: boolean): Promise<boolean> {
      const rows = await db.query(
        held
          ? 'UPDATE citizens SET roles = CASE WHEN $2 = ANY (roles) THEN roles ELSE array_append(roles, $2) END WHERE phone = $1 RETURNING id'
          : 'UPDATE citizens SET roles = array_remove(roles, $2) WHERE phone = $1 RETURNING id',
        [phone, role]);
      return rows.length > 0;
    },
    /** Records what the identity-verification provider vouched for. */
    async setVerified(id: string, result: { level: VerificationLevel; fullName: string; dateOfBirth: string; ward: string; nationalIdDigest: string }): Promise<Citizen | undefined> {
      const [row] = await db.query<Row>(
        `UPDATE citizens SET verification_level = $2, full_name = $3, date_of_birth = $4, ward = $5,
           national_id_digest = $6, verified_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, result.level, result.fullName, result.dateOfBirth, result.ward, result.nationalIdDigest]);
      return row && toCitizen(row);
    },
  };
}
