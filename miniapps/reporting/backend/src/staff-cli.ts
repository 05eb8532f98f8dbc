// `npm run staff -w @citadel-miniapp/reporting-backend -- add <sub> [label] | add-reporter <code> [label] | remove <sub> | list`
// Edits the staff list in the backend's database (DATABASE_URL, or PGlite in DATA_DIR). PGlite has
// one owner at a time: stop the backend first, or use STAFF_SUBS at its start instead.
import { openReportingDatabase } from './db/open.js';
import { createStaffList } from './staff/staff-list.js';

const [command, sub, label] = process.argv.slice(2);
const dataDir = process.env['DATA_DIR'] ?? 'data/reporting';
const db = await openReportingDatabase({ databaseUrl: process.env['DATABASE_URL'], dataDir });
const staff = createStaffList(db);
try {
  if (command === 'add' && sub) {
    await staff.add(sub, label ?? '');
    console.log(`${sub} is staff`);
  } else if (command === 'add-reporter' && sub) {
    // `sub` is a report's tracking code here: its reporter becomes staff.
    const added = await staff.addReporterOf(sub, label ?? '');
    if (added) console.log(`${added}, who filed ${sub}, is staff`);
    else {
      console.error(`No report ${sub}`);
      process.exitCode = 1;
    }
  } else if (command === 'remove' && sub) {
    console.log((await staff.remove(sub)) ? `${sub} is no longer staff` : `${sub} was not staff`);
  } else if (command === 'list') {
    for (const s of await staff.list()) console.log(`${s.sub}\t${s.label}`);
  } else {
    console.error('usage: staff add <sub> [label] | staff add-reporter <code> [label] | staff remove <sub> | staff list   (env DATA_DIR or DATABASE_URL)');
    process.exitCode = 2;
  }
} finally {
  await db.close();
}
