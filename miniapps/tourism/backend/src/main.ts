// `node miniapps/tourism/backend/dist/main.js`: the tourism mini-app's backend.
import { backendOptionsFromEnv, runUntilStopped } from '@citadel-miniapp/backend-kit';
import { startTourismBackend } from './server.js';
import { parseGateKeys } from './tickets/gates.js';

const backend = await startTourismBackend({
  ...backendOptionsFromEnv(process.env, { appId: 'tourism' }),
  gateKeys: parseGateKeys(process.env['GATE_KEYS']),
});
runUntilStopped('Tourism backend', backend);
