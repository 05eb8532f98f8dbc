import { describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '@citadel-miniapp/backend-kit';
import { testDatabases } from '@citadel-miniapp/backend-kit/testing';
import { migrations } from '../src/db/migrations.js';

// A database as the first release left it: only migration 1 applied.
const firstRelease = testDatabases((location) => openDatabase({ ...location, migrations: migrations.slice(0, 1), lockName: 'utilities' }));

describe.each(firstRelease)('the utilities database upgraded on $name', (testDb) => {
  it('keeps the codes saved before proofs existed, as not proven', async () => {
    const db = await testDb.open();
    try {
      await db.query('INSERT INTO saved_accounts (sub, code, label, saved_at) VALUES ($1, $2, $3, now())', ['early', 'HW00230401', 'Nhà']);
      expect(await migrate(db, migrations, 'utilities')).toEqual([2]);
      expect(await db.query('SELECT sub, code, label, proven_by, proven_at FROM saved_accounts')).toEqual([
        { sub: 'early', code: 'HW00230401', label: 'Nhà', proven_by: null, proven_at: null },
      ]);
    } finally {
      await db.close();
    }
  });
});
