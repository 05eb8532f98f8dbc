import type { Queryable } from '../db/database.js';

/**
 * Delivers the unexpired alerts whose area a citizen is now in: called when their registered
 * ward changes (eID verification) or they share a new position, so that someone who arrives in
 * a flooded ward after the warning went out still gets it. Writes their inbox rows, one push per
 * subscription (urgency as `alertUrgency`: high for extreme and severe), and the alerts'
 * recipient counts, in one statement; an alert they already have is skipped. Resolves with how
 * many alerts reached them.
 */
export async function deliverActiveAlerts(db: Queryable, citizenId: string): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `WITH me AS (
       SELECT c.id, c.ward_key, l.latitude, l.longitude
       FROM citizens c LEFT JOIN citizen_locations l ON l.citizen_id = c.id WHERE c.id = $1
     ), reached AS (
       INSERT INTO alert_recipients (citizen_id, alert_id)
       SELECT me.id, a.id FROM me, alerts a
       WHERE a.expires_at > now() AND (
         EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.area -> 'wards') w WHERE citadel_place_key(w) = me.ward_key)
         OR (me.latitude IS NOT NULL AND EXISTS (
           SELECT 1 FROM jsonb_array_elements(a.area -> 'polygons') ring WHERE citadel_point_in_ring(me.latitude, me.longitude, ring))))
       ON CONFLICT DO NOTHING
       RETURNING citizen_id, alert_id
     ), queued AS (
       INSERT INTO push_queue (subscription_id, alert_id, urgency)
       SELECT s.id, r.alert_id, CASE WHEN a.severity IN ('extreme', 'severe') THEN 'high' ELSE 'normal' END
       FROM reached r JOIN alerts a ON a.id = r.alert_id JOIN push_subscriptions s ON s.citizen_id = r.citizen_id
     ), counted AS (
       UPDATE alerts SET recipients = recipients + 1 FROM reached WHERE alerts.id = reached.alert_id
     ) SELECT count(*)::int AS count FROM reached`, [citizenId]);
  return row?.count ?? 0;
}
