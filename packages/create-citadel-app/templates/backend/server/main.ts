import { serve } from '@hono/node-server';
import { createServer } from './app.js';
import { EnvError, readServerEnv, type ServerEnv } from './env.js';

let env: ServerEnv;
try {
  env = readServerEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`${error.message}. npm run dev sets every variable; see the project's README.`);
  process.exit(1);
}

serve({ fetch: createServer(env).fetch, port: env.port }, (info) => {
  console.log(`Backend: http://localhost:${info.port}/`);
});
