import type { SharedLocation } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

/** The one position per citizen that area alerts match against; replaced on each share, deleted on withdrawal. */
export function createSharedLocations(db: Queryable) {
  return {
    async get(citizenId: string): Promise<SharedLocation | null> {
      const [row] = await db.query<{ latitude: number; longitude: number; shared_at: Date }>(
        'SELECT latitude, longitude, shared_at FROM citizen_locations WHERE citizen_id = $1', [citizenId]);
      return row ? { latitude: row.latitude, longitude: row.longitude, sharedAt: row.shared_at.toISOString() } : null;
    },
    async set(citizenId: string, latitude: number, longitude: number): Promise<SharedLocation> {
      await db.query(
        `INSERT INTO citizen_locations (citizen_id, latitude, longitude) VALUES ($1, $2, $3)
         ON CONFLICT (citizen_id) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, shared_at = now()`,
        [citizenId, latitude, longitude]);
      await db.query("INSERT INTO audit_log (citizen_id, action, detail) VALUES ($1, 'alerts.location.share', '{}')", [citizenId]);
      return (await this.get(citizenId))!;
    },
    async clear(citizenId: string): Promise<void> {
      const rows = await db.query('DELETE FROM citizen_locations WHERE citizen_id = $1 RETURNING citizen_id', [citizenId]);
      if (rows.length > 0) await db.query("INSERT INTO audit_log (citizen_id, action, detail) VALUES ($1, 'alerts.location.withdraw', '{}')", [citizenId]);
    },
  };
}
