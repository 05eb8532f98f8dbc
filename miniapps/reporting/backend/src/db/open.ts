import { openDatabase, type Database, type DatabaseLocation } from '@citadel-miniapp/backend-kit';
import { migrations } from './migrations.js';

/** Opens and migrates the reporting backend's database (PostgreSQL at `databaseUrl`, else PGlite). */
export const openReportingDatabase = (location: DatabaseLocation): Promise<Database> =>
  openDatabase({ ...location, migrations, lockName: 'reporting' });
