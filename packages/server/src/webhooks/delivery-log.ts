import type { DeliveryStatus, LoggedDelivery } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { createWebhookAttempts } from './attempts.js';
import { createDeliveries } from './deliveries.js';

/**
 * The delivery log of the developer console (docs/credentials-and-webhooks.md): an app's deliveries, each with its
 * latest attempts, and "deliver again" (the partner API's retry, for a delivered delivery too). Scoped to one app.
 */
export function createDeliveryLog(db: Queryable) {
  const deliveries = createDeliveries(db);
  const attempts = createWebhookAttempts(db);
  const logged = async <D extends { id: string }>(list: readonly D[]): Promise<(D & { log: LoggedDelivery['log'] })[]> => {
    const log = await attempts.of(list.map((delivery) => delivery.id));
    return list.map((delivery) => ({ ...delivery, log: log.get(delivery.id) ?? [] }));
  };
  const one = async <D extends { id: string }>(delivery: D | undefined) => (delivery ? (await logged([delivery]))[0] : undefined);
  return {
    /** The app's newest deliveries (at most 100), optionally of one status, with their attempts. */
    list: async (appId: string, status?: DeliveryStatus): Promise<LoggedDelivery[]> => logged(await deliveries.list(appId, status)),
    /** One of the app's deliveries with its attempts; `undefined` when it has none with that id. */
    get: async (appId: string, id: string): Promise<LoggedDelivery | undefined> => one(await deliveries.get(appId, id)),
    /**
     * Delivers a `failed` or `delivered` delivery again (a `pending` one is answered unchanged), audited as
     * `webhook.redeliver`; `undefined` when the app has no delivery with that id.
     */
    async redeliver(appId: string, id: string, actor: string | undefined): Promise<LoggedDelivery | undefined> {
      const delivery = await deliveries.retry(appId, id, ['failed', 'delivered']);
      if (!delivery) return undefined;
      await auditPartnerAction(db, { appId, actor, action: 'webhook.redeliver', detail: { deliveryId: id, type: delivery.type } });
      return one(delivery);
    },
  };
}
