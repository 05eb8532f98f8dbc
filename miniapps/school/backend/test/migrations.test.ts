import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '@citadel-miniapp/backend-kit';
import { testDatabases } from '@citadel-miniapp/backend-kit/testing';
import { migrations } from '../src/db/migrations.js';

// A database as the first release left it: only migration 1 applied.
const firstRelease = testDatabases((location) => openDatabase({ ...location, migrations: migrations.slice(0, 1), lockName: 'school' }));

describe.each(firstRelease)('the school database upgraded on $name', (testDb) => {
  it('drops every link made before the backend read phone_number_verified', async () => {
    const db = await testDb.open();
    try {
      await db.query('INSERT INTO links (sub, person_id, linked_at) VALUES ($1, $2, now()), ($3, $4, now())', ['impostor', 'gv-minh', 'p-hoa', 'ph-hoa']);
      expect(await migrate(db, migrations.slice(0, 2), 'school')).toEqual([2]);
      expect(await db.query('SELECT * FROM links')).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
