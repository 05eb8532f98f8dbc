// `npm run typecheck`: every package (`tsc -b`), then the code no package build covers: the test
// folders, the browser fixtures and the TypeScript scripts (tsconfig.tests.json,
// tests/fixtures/tsconfig.json). `npm test` runs the second half after its build.
import { ensureDeps } from './lib/ensure-deps.mjs';
import { bin } from './lib/run.mjs';

/** Type-checks tests, fixtures and scripts; exits non-zero on any error. Packages must be built first. */
export function typecheckTests() {
  console.log('› type-checking tests, fixtures and scripts (tsc --noEmit)');
  bin('tsc', ['-p', 'tsconfig.tests.json']);
  bin('tsc', ['-p', 'tests/fixtures/tsconfig.json']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureDeps();
  bin('tsc', ['-b', 'tsconfig.json']);
  typecheckTests();
}
