import { relative } from 'node:path';
import type { CreatedApp } from './create-app.js';

/** What to run next in a project just written, from the folder `cwd` the command ran in. */
export function nextSteps(app: CreatedApp, cwd: string): string[] {
  const folder = relative(cwd, app.dir) || '.';
  const kind = `${app.template}${app.backend ? ', with a backend in server/' : ''}`;
  return [
    `Created ${app.id} in ${app.dir} (${kind}).`,
    'Next steps:',
    ...(folder === '.' ? [] : [`  cd ${folder.includes(' ') ? JSON.stringify(folder) : folder}`]),
    '  npm install',
    '  npm run dev      # citadel dev: the local simulator',
    '  npm test',
  ];
}
