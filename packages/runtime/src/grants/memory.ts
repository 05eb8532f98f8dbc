import type { Permission } from '@citadel/protocol';
import type { Grant, GrantStore } from '../types.js';

/** Grants kept in memory for the life of the page: for tests and hosts that persist elsewhere. */
export function createMemoryGrants(): GrantStore {
  const grants = new Map<string, Map<Permission, Grant>>();
  const forApp = (appId: string) => {
    let map = grants.get(appId);
    if (!map) grants.set(appId, (map = new Map()));
    return map;
  };
  return {
    get: async (appId, permission) => grants.get(appId)?.get(permission),
    set: async (appId, permission, grant) => void forApp(appId).set(permission, grant),
    delete: async (appId, permission) => void grants.get(appId)?.delete(permission),
    list: async (appId) => [...(grants.get(appId) ?? [])].map(([permission, grant]) => ({ permission, grant })),
  };
}
