// `node miniapps/school/backend/dist/main.js`: the school mini-app's backend.
import { backendOptionsFromEnv, runUntilStopped } from '@citadel-miniapp/backend-kit';
import { startSchoolBackend } from './server.js';

runUntilStopped('School backend', await startSchoolBackend(backendOptionsFromEnv(process.env, { appId: 'school' })));
