// `node miniapps/reporting/backend/dist/main.js`: the reporting mini-app's backend.
import { backendOptionsFromEnv, runUntilStopped } from '@citadel-miniapp/backend-kit';
import { loadKeywordModel } from './routing/load-model.js';
import { startReportingBackend } from './server.js';
import { parseStaffSubs } from './staff/staff-list.js';

const env = process.env;
const backend = await startReportingBackend({
  ...backendOptionsFromEnv(env, { appId: 'reporting' }),
  staffSubs: parseStaffSubs(env['STAFF_SUBS']),
  geocoderUrl: env['GEOCODER_URL'],
  ...(env['KEYWORD_MODEL_FILE'] ? { model: loadKeywordModel(env['KEYWORD_MODEL_FILE']) } : {}),
});
runUntilStopped('Reporting backend', backend);
