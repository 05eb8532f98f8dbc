import type { Queryable } from '@citadel-miniapp/backend-kit';

/**
 * Who is staff: the citizens whose pairwise `sub` for this app is in the `staff` table. Filled
 * by the operator (`npm run staff -- add <sub>`, `add-reporter <code>`, or `STAFF_SUBS` at start), never by a request.
 */
export function createStaffList(db: Queryable) {
  return {
    async has(sub: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM staff WHERE sub = $1', [sub])).length > 0;
    },
    /** Adds `sub` (again: only the label changes). */
    async add(sub: string, label = ''): Promise<void> {
      if (!/^[\w-]{1,128}$/.test(sub)) throw new TypeError(`Not a pairwise sub: ${JSON.stringify(sub)}`);
      await db.query('INSERT INTO staff (sub, label) VALUES ($1, $2) ON CONFLICT (sub) DO UPDATE SET label = EXCLUDED.label', [sub, label]);
    },
    /**
     * Adds the citizen who filed report `code` (again: only the label changes), for an operator who knows a future
     * staff member by a tracking code they were given: the app shows citizens no id. Resolves with their sub, or
     * undefined when no report has that code.
     */
    async addReporterOf(code: string, label = ''): Promise<string | undefined> {
      const rows = await db.query<{ sub: string }>(
        'INSERT INTO staff (sub, label) SELECT sub, $2 FROM reports WHERE code = $1 ON CONFLICT (sub) DO UPDATE SET label = EXCLUDED.label RETURNING sub',
        [code, label]);
      return rows[0]?.sub;
    },
    async remove(sub: string): Promise<boolean> {
      return (await db.query('DELETE FROM staff WHERE sub = $1 RETURNING sub', [sub])).length > 0;
    },
    async list(): Promise<Array<{ sub: string; label: string }>> {
      return db.query('SELECT sub, label FROM staff ORDER BY added_at, sub');
    },
  };
}

/** `STAFF_SUBS="sub1,sub2"` → the subs; blanks dropped. */
export const parseStaffSubs = (value: string | undefined): string[] => (value ?? '').split(/[\s,]+/).filter((s) => s !== '');

/** The staff list of `createStaffList`. */
export type StaffList = ReturnType<typeof createStaffList>;
