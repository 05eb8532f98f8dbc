import { openDB, type DBSchema } from 'idb';
import type { Permission } from '@citadel/protocol';
import type { Grant, GrantStore } from '../types.js';

interface GrantsDb extends DBSchema {
  grants: {
    key: [string, Permission];
    value: { appId: string; permission: Permission; grant: Grant };
    indexes: { byApp: string };
  };
}

/**
 * Grants remembered in IndexedDB, so a denial survives a reload.
 * @param name database name. Default `citadel-grants`.
 */
export function createIndexedDbGrants(name = 'citadel-grants'): GrantStore {
  const db = openDB<GrantsDb>(name, 1, {
    upgrade(database) {
      const store = database.createObjectStore('grants', { keyPath: ['appId', 'permission'] });
      store.createIndex('byApp', 'appId');
    },
  });
  return {
    async get(appId, permission) {
      return (await (await db).get('grants', [appId, permission]))?.grant;
    },
    async set(appId, permission, grant) {
      await (await db).put('grants', { appId, permission, grant });
    },
    async delete(appId, permission) {
      await (await db).delete('grants', [appId, permission]);
    },
    async list(appId) {
      const rows = await (await db).getAllFromIndex('grants', 'byApp', appId);
      return rows.map(({ permission, grant }) => ({ permission, grant }));
    },
  };
}
