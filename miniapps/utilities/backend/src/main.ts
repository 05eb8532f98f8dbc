// `node miniapps/utilities/backend/dist/main.js`: the utilities mini-app's backend.
import { backendOptionsFromEnv, runUntilStopped } from '@citadel-miniapp/backend-kit';
import { startUtilitiesBackend } from './server.js';

runUntilStopped('Utilities backend', await startUtilitiesBackend(backendOptionsFromEnv(process.env, { appId: 'utilities' })));
