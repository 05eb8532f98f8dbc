// The layer graph CONTRIBUTING.md lists under "What CI checks", checked by `node scripts/check-deps.mjs` (run by `npm test`).
// Paths are the resolved files: a workspace package resolves through its `exports` to
// `packages/<name>/dist/…`, so rules name the package folder, never `src` or `dist` on the far side.

/** Any code of ours; third-party code resolves into node_modules and is not matched. */
const ours = '^(packages|host|console|miniapps|examples|tests|scripts)/';
/** What a mini-app, a partner backend or a kit may import of ours: the SDK, the node package and the kits. */
const partnerSurface = '^(packages/(sdk|node)|miniapps/(web-kit|backend-kit))/';
/** What their tests, and the backend kit's test helpers, may import besides: the testing package partners test with. */
const partnerTestSurface = '^packages/testing/';
/** A mini-app's, a backend's or an example's test code (a `test/` folder), and the backend kit's test helpers. */
const partnerTests = ['^(miniapps|examples)/[^/]+/(backend/)?test/', '^miniapps/backend-kit/src/testing/'];

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: split the shared part into its own module that both sides import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      comment: 'Two folders that import each other are one concept split in two, or share a third: move that part out.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'protocol-stands-alone',
      severity: 'error',
      comment: '`protocol` holds schemas, the registry and error codes: it depends on nothing of ours.',
      from: { path: '^packages/protocol/src/' },
      to: { path: ours, pathNot: '^packages/protocol/' },
    },
    {
      name: 'edge-packages-on-protocol-only',
      severity: 'error',
      comment: '`sdk`, `runtime`, `node` and `api-client` depend on `protocol` only.',
      from: { path: '^packages/(sdk|runtime|node|api-client)/src/' },
      to: { path: ours, pathNot: '^packages/(protocol|$1)/' },
    },
    {
      name: 'bundle-checks-on-protocol-and-node',
      severity: 'error',
      comment: '`bundle-checks` (the publishing checks the server and the CLI share) depends on `protocol` and, for its strict JSON parser, `node` only.',
      from: { path: '^packages/bundle-checks/src/' },
      to: { path: ours, pathNot: '^packages/(bundle-checks|protocol|node)/' },
    },
    {
      name: 'cli-on-public-packages',
      severity: 'error',
      comment: '`cli` runs on a partner\'s machine: it imports `protocol`, `node`, `bundle-checks` and, for `citadel dev`\'s in-process test platform, `testing` only, never the private server.',
      from: { path: '^packages/cli/src/' },
      to: { path: ours, pathNot: '^packages/(cli|protocol|node|bundle-checks|testing)/' },
    },
    {
      name: 'simulator-on-host-packages',
      severity: 'error',
      comment: '`citadel dev`\'s simulator page is a host like any other: `runtime`, `ui` and `protocol`, and the CLI\'s own shared words (`src/dev`).',
      from: { path: '^packages/cli/simulator/' },
      to: { path: ours, pathNot: '^packages/(cli/simulator|cli/src/dev|runtime|ui|protocol)/' },
    },
    {
      name: 'create-app-on-protocol',
      severity: 'error',
      comment: '`create-citadel-app` runs on a partner\'s machine before anything is installed: of ours, it imports `protocol` only (the app id rule).',
      from: { path: '^packages/create-citadel-app/src/' },
      to: { path: ours, pathNot: '^packages/(create-citadel-app|protocol)/' },
    },
    {
      name: 'testing-on-partner-packages',
      severity: 'error',
      comment: '`testing` stands in for the host and the platform with what partners have: `protocol`, `sdk` and `node` only.',
      from: { path: '^packages/testing/src/' },
      to: { path: ours, pathNot: '^packages/(testing|protocol|sdk|node)/' },
    },
    {
      name: 'ui-on-runtime-and-protocol',
      severity: 'error',
      comment: '`ui` (lit elements) builds on `runtime` and `protocol` only.',
      from: { path: '^packages/ui/src/' },
      to: { path: ours, pathNot: '^packages/(ui|runtime|protocol)/' },
    },
    {
      name: 'host-never-imports-server',
      severity: 'error',
      comment: 'The PWA reaches the server over HTTP only; its browser tests may start one (host/test).',
      from: { path: '^host/src/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'console-on-protocol-and-client',
      severity: 'error',
      comment: 'The developer console imports only `@citadel/protocol` and `@citadel/api-client`, through which it reaches the server over HTTP (its browser tests may start the server: console/test).',
      from: { path: '^console/src/' },
      to: { path: ours, pathNot: '^(console/src/|packages/(protocol|api-client)/)' },
    },
    {
      name: 'host-never-imports-console',
      severity: 'error',
      comment: 'The citizen PWA and the developer console are two sites: neither imports the other.',
      from: { path: '^host/' },
      to: { path: '^console/' },
    },
    {
      name: 'miniapps-on-partner-surface',
      severity: 'error',
      comment: 'A mini-app and its backend import only `@citadel/sdk`, `@citadel/node` and the kits, as a partner would.',
      from: { path: '^(miniapps|examples)/([^/]+)/', pathNot: ['^miniapps/(web-kit|backend-kit)/', ...partnerTests] },
      to: { path: ours, pathNot: [partnerSurface, '^$1/$2/'] },
    },
    {
      name: 'miniapp-tests-on-partner-surface',
      severity: 'error',
      comment: 'Their tests import what a partner\'s tests would: the partner surface and `@citadel/testing`.',
      from: { path: '^(miniapps|examples)/([^/]+)/(backend/)?test/', pathNot: '^miniapps/(web-kit|backend-kit)/' },
      to: { path: ours, pathNot: [partnerSurface, partnerTestSurface, '^$1/$2/'] },
    },
    {
      name: 'kits-on-partner-surface',
      severity: 'error',
      comment: 'The kits are what partners copy: they import only `@citadel/sdk`, `@citadel/node` and each other (their test helpers `@citadel/testing` too).',
      from: { path: '^miniapps/(web-kit|backend-kit)/src/', pathNot: '^miniapps/backend-kit/src/testing/' },
      to: { path: ours, pathNot: partnerSurface },
    },
    {
      name: 'kit-test-helpers-on-partner-surface',
      severity: 'error',
      comment: 'The backend kit\'s test helpers build on `@citadel/testing`, as a partner\'s would.',
      from: { path: '^miniapps/backend-kit/src/testing/' },
      to: { path: ours, pathNot: [partnerSurface, partnerTestSurface] },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'An import that does not resolve escapes every rule above: build first (`npm run build`), or fix the path.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Built output is checked through its sources; dependencies are resolved but never crawled.
    doNotFollow: { path: '(^|/)(node_modules|dist|\\.cache|coverage)/' },
    // The scaffold's templates are a partner project's files, type-checked and tested where they are written
    // (packages/create-citadel-app/test/scaffold-end-to-end.test.ts); their imports resolve only there.
    exclude: { path: '^packages/create-citadel-app/templates/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.d.ts'],
    },
  },
};
