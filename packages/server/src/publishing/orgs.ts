import type { OrgRole } from '@citadel/protocol/api';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { auditPartnerAction } from '../audit/partner-audit.js';

/** The signed-in person, as organisations see them. */
export interface Person {
  readonly id: string;
  readonly phone: string;
  readonly phoneVerified: boolean;
}

type OrgRow = { id: string; name: string; role: OrgRole; created_at: Date };
const orgOf = (row: OrgRow) => ({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at.toISOString() });

/**
 * Partner organisations (docs/publish-your-app.md): created by a signed-in person, who becomes the owner; owners invite
 * members by phone, and an invitation becomes a membership when its person signs in with that number, confirmed.
 */
export function createOrgs(db: Database) {
  /** Turns the person's waiting invitations into memberships, once their number is confirmed. */
  const join = async (q: Queryable, person: Person) => {
    if (!person.phoneVerified) return;
    await q.query(
      `INSERT INTO organisation_members (org_id, citizen_id, role)
       SELECT org_id, $1, role FROM organisation_invites WHERE phone = $2 ON CONFLICT (org_id, citizen_id) DO NOTHING`,
      [person.id, person.phone]);
    await q.query('DELETE FROM organisation_invites WHERE phone = $1', [person.phone]);
  };
  const roleIn = async (orgId: string, personId: string): Promise<OrgRole | undefined> => {
    const [row] = await db.query<{ role: OrgRole }>('SELECT role FROM organisation_members WHERE org_id = $1 AND citizen_id = $2', [orgId, personId]);
    return row?.role;
  };
  return {
    roleIn,
    /** The person's organisations (after joining those they were invited to). */
    async list(person: Person) {
      await join(db, person);
      const rows = await db.query<OrgRow>(
        `SELECT o.id, o.name, m.role, o.created_at FROM organisations o JOIN organisation_members m ON m.org_id = o.id
         WHERE m.citizen_id = $1 ORDER BY o.name`, [person.id]);
      return rows.map(orgOf);
    },
    /** Creates an organisation owned by `person`; 409 `ORG_EXISTS` when the id is taken. */
    async create(person: Person, input: { id: string; name: string }) {
      if (!person.phoneVerified) throw new ApiError(403, 'PHONE_NOT_VERIFIED', 'Confirm your phone number before you create an organisation');
      return db.transaction(async (tx) => {
        const [taken] = await tx.query('SELECT 1 FROM organisations WHERE id = $1', [input.id]);
        if (taken) throw new ApiError(409, 'ORG_EXISTS', `The organisation id "${input.id}" is taken`, { id: input.id });
        const [row] = await tx.query<{ created_at: Date }>('INSERT INTO organisations (id, name, created_by) VALUES ($1, $2, $3) RETURNING created_at', [input.id, input.name, person.id]);
        await tx.query("INSERT INTO organisation_members (org_id, citizen_id, role) VALUES ($1, $2, 'owner')", [input.id, person.id]);
        await auditPartnerAction(tx, { orgId: input.id, actor: person.id, action: 'org.create', detail: { name: input.name } });
        return orgOf({ id: input.id, name: input.name, role: 'owner', created_at: row!.created_at });
      });
    },
    /** Members and waiting invitations. */
    async members(orgId: string) {
      const members = await db.query<{ phone: string; name: string; role: OrgRole }>(
        'SELECT c.phone, c.name, m.role FROM organisation_members m JOIN citizens c ON c.id = m.citizen_id WHERE m.org_id = $1 ORDER BY m.added_at', [orgId]);
      const invites = await db.query<{ phone: string; role: OrgRole }>('SELECT phone, role FROM organisation_invites WHERE org_id = $1 ORDER BY created_at', [orgId]);
      return [
        ...members.map((m) => ({ phone: m.phone, name: m.name, role: m.role, state: 'member' as const })),
        ...invites.map((i) => ({ phone: i.phone, name: null, role: i.role, state: 'invited' as const })),
      ];
    },
    /** Invites `phone` with `role` (or changes a member's role). */
    async invite(orgId: string, by: Person, phone: string, role: OrgRole) {
      await db.transaction(async (tx) => {
        const [member] = await tx.query<{ id: string }>(
          'SELECT c.id FROM citizens c JOIN organisation_members m ON m.citizen_id = c.id AND m.org_id = $1 WHERE c.phone = $2', [orgId, phone]);
        if (member) await tx.query('UPDATE organisation_members SET role = $3 WHERE org_id = $1 AND citizen_id = $2', [orgId, member.id, role]);
        else {
          await tx.query(
            `INSERT INTO organisation_invites (org_id, phone, role, invited_by) VALUES ($1, $2, $3, $4)
             ON CONFLICT (org_id, phone) DO UPDATE SET role = EXCLUDED.role`, [orgId, phone, role, by.id]);
        }
        await auditPartnerAction(tx, { orgId, actor: by.id, action: 'member.invite', detail: { phone, role } });
      });
    },
  };
}
