import { openDatabase, type Database, type DatabaseLocation } from '@citadel-miniapp/backend-kit';
import { migrations } from './migrations.js';

/** Opens and migrates the utilities backend's database (PostgreSQL at `databaseUrl`, else PGlite). */
export const openUtilitiesDatabase = (location: DatabaseLocation): Promise<Database> =>
  openDatabase({ ...location, migrations, lockName: 'utilities' });
