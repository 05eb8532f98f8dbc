import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiRoutes, routePath } from '../../packages/protocol/src/api/index.js';
import { renderPlatformApi } from '../../scripts/docs/platform-api.js';

describe('docs/platform-api.md', () => {
  it('is what the route table generates (run `npm run docs` after changing a route or the prose)', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../docs/platform-api.md'), 'utf8');
    expect(committed).toBe(renderPlatformApi());
  });

  it('documents every route of the table, and keeps the prose partners link to', () => {
    const page = renderPlatformApi();
    for (const route of Object.values(apiRoutes)) expect(page).toContain(`#### \`${route.method.toUpperCase()} ${routePath(route).replace(/:(\w+)/g, '{$1}')}\``);
    for (const heading of ['## Payments', '## Notifications', '## Consent center', '## Official alerts', '### Webhooks']) expect(page).toContain(`\n${heading}\n`);
  });
});
