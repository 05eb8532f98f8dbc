import type { AlertWards } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';

type Kind = 'home' | 'work';

/**
 * The wards alerts reach a citizen in: the eID-verified one (`citizens.ward`) and the home and work
 * wards they declare themselves, unverified, from the city's list. Declaring is audited.
 */
export function createDeclaredWards(db: Queryable, cityWards: readonly string[]) {
  /** The city's own spelling of `ward`, compared by `citadel_place_key`; undefined when the city has no such ward. */
  const canonical = async (ward: string): Promise<string | undefined> => {
    const [row] = await db.query<{ ward: string }>(
      'SELECT w AS ward FROM unnest($1::text[]) w WHERE citadel_place_key(w) = citadel_place_key($2) LIMIT 1', [cityWards, ward]);
    return row?.ward;
  };
  return {
    async get(citizenId: string): Promise<AlertWards> {
      const rows = await db.query<{ kind: Kind | null; ward: string | null; declared_at: Date | null; verified: string | null }>(
        `SELECT d.kind, d.ward, d.declared_at, c.ward AS verified FROM citizens c
         LEFT JOIN citizen_wards d ON d.citizen_id = c.id WHERE c.id = $1`, [citizenId]);
      const of = (kind: Kind) => rows.find((r) => r.kind === kind)?.ward ?? null;
      const latest = rows.map((r) => r.declared_at).filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
      return { verified: rows[0]?.verified ?? null, home: of('home'), work: of('work'), declaredAt: latest?.toISOString() ?? null };
    },
    /** Replaces both declared wards (`null` removes one); 400 `INVALID_PARAMS` for a ward the city does not have. */
    async set(citizenId: string, wards: { home: string | null; work: string | null }): Promise<AlertWards> {
      const resolved: Partial<Record<Kind, string | null>> = {};
      const issues: Array<{ path: string; message: string }> = [];
      for (const kind of ['home', 'work'] as const) {
        const given = wards[kind];
        resolved[kind] = given === null ? null : await canonical(given) ?? null;
        if (given !== null && resolved[kind] === null) issues.push({ path: kind, message: 'not one of the city\'s wards (GET /api/city)' });
      }
      if (issues.length > 0) throw new ApiError(400, 'INVALID_PARAMS', `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
      for (const kind of ['home', 'work'] as const) {
        const ward = resolved[kind];
        if (ward === null || ward === undefined) {
          await db.query('DELETE FROM citizen_wards WHERE citizen_id = $1 AND kind = $2', [citizenId, kind]);
        } else {
          await db.query(
            `INSERT INTO citizen_wards (citizen_id, kind, ward) VALUES ($1, $2, $3)
             ON CONFLICT (citizen_id, kind) DO UPDATE SET ward = EXCLUDED.ward, declared_at = now()
             WHERE citizen_wards.ward IS DISTINCT FROM EXCLUDED.ward`, [citizenId, kind, ward]);
        }
      }
      await db.query("INSERT INTO audit_log (citizen_id, action, detail) VALUES ($1, 'alerts.wards.declare', $2)",
        [citizenId, JSON.stringify({ home: resolved.home ?? null, work: resolved.work ?? null })]);
      return this.get(citizenId);
    },
  };
}
