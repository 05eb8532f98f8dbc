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

/** A layer rule: code under `from` may import, of ours, only what `allowed` matches (a pattern or a list of them). */
const importsOnly = (name, comment, from, allowed) => ({ name, severity: 'error', comment, from, to: { path: ours, pathNot: allowed } });
/** A layer rule: code under `from` never imports what `to` matches. */
const never = (name, comment, from, to) => ({ name, severity: 'error', comment, from: { path: from }, to: { path: to } });

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
    importsOnly(
      'protocol-stands-alone',
      '`protocol` holds schemas, the registry and error codes: it depends on nothing of ours.',
      { path: '^packages/protocol/src/' },
      '^packages/protocol/',
    ),
    importsOnly(
      'edge-packages-on-protocol-only',
      '`sdk`, `runtime`, `node` and `api-client` depend on `protocol` only.',
      { path: '^packages/(sdk|runtime|node|api-client)/src/' },
      '^packages/(protocol|$1)/',
    ),
    importsOnly(
      'bundle-checks-on-protocol-and-node',
      '`bundle-checks` (the publishing checks the server and the CLI share) depends on `protocol` and, for its strict JSON parser, `node` only.',
      { path: '^packages/bundle-checks/src/' },
      '^packages/(bundle-checks|protocol|node)/',
    ),
    importsOnly(
      'cli-on-public-packages',
      '`cli` runs on a partner\'s machine: it imports `protocol`, `node`, `bundle-checks` and, for `citadel dev`\'s in-process test platform, `testing` only, never the private server.',
      { path: '^packages/cli/src/' },
      '^packages/(cli|protocol|node|bundle-checks|testing)/',
    ),
    importsOnly(
      'simulator-on-host-packages',
      '`citadel dev`\'s simulator page is a host like any other: `runtime`, `ui` and `protocol`, and the CLI\'s own shared words (`src/dev`).',
      { path: '^packages/cli/simulator/' },
      '^packages/(cli/simulator|cli/src/dev|runtime|ui|protocol)/',
    ),
    importsOnly(
      'create-app-on-protocol',
      '`create-citadel-app` runs on a partner\'s machine before anything is installed: of ours, it imports `protocol` only (the app id rule).',
      { path: '^packages/create-citadel-app/src/' },
      '^packages/(create-citadel-app|protocol)/',
    ),
    importsOnly(
      'testing-on-partner-packages',
      '`testing` stands in for the host and the platform with what partners have: `protocol`, `sdk` and `node` only.',
      { path: '^packages/testing/src/' },
      '^packages/(testing|protocol|sdk|node)/',
    ),
    importsOnly(
      'ui-on-runtime-and-protocol',
      '`ui` (lit elements) builds on `runtime` and `protocol` only, and formats dates and money with the platform\'s one formatter, `@citadel/sdk/format` (never the SDK\'s bridge).',
      { path: '^packages/ui/src/' },
      ['^packages/(ui|runtime|protocol)/', '^packages/sdk/(src|dist)/format/'],
    ),
    never(
      'host-never-imports-server',
      'The PWA reaches the server over HTTP only; its browser tests may start one (host/test).',
      '^host/src/',
      '^packages/server/',
    ),
    importsOnly(
      'console-on-protocol-and-client',
      'The developer console imports only `@citadel/protocol` and `@citadel/api-client`, through which it reaches the server over HTTP (its browser tests may start the server: console/test), and writes dates, times and money with the platform\'s one formatter, `@citadel/sdk/format` (never the SDK\'s bridge).',
      { path: '^console/src/' },
      ['^(console/src/|packages/(protocol|api-client)/)', '^packages/sdk/(src|dist)/format/'],
    ),
    never(
      'host-never-imports-console',
      'The citizen PWA and the developer console are two sites: neither imports the other.',
      '^host/',
      '^console/',
    ),
    importsOnly(
      'miniapps-on-partner-surface',
      'A mini-app and its backend import only `@citadel/sdk`, `@citadel/node` and the kits, as a partner would.',
      { path: '^(miniapps|examples)/([^/]+)/', pathNot: ['^miniapps/(web-kit|backend-kit)/', ...partnerTests] },
      [partnerSurface, '^$1/$2/'],
    ),
    importsOnly(
      'miniapp-tests-on-partner-surface',
      'Their tests import what a partner\'s tests would: the partner surface and `@citadel/testing`.',
      { path: '^(miniapps|examples)/([^/]+)/(backend/)?test/', pathNot: '^miniapps/(web-kit|backend-kit)/' },
      [partnerSurface, partnerTestSurface, '^$1/$2/'],
    ),
    importsOnly(
      'kits-on-partner-surface',
      'The kits are what partners copy: they import only `@citadel/sdk`, `@citadel/node` and each other (their test helpers `@citadel/testing` too).',
      { path: '^miniapps/(web-kit|backend-kit)/src/', pathNot: '^miniapps/backend-kit/src/testing/' },
      partnerSurface,
    ),
    importsOnly(
      'kit-test-helpers-on-partner-surface',
      'The backend kit\'s test helpers build on `@citadel/testing`, as a partner\'s would.',
      { path: '^miniapps/backend-kit/src/testing/' },
      [partnerSurface, partnerTestSurface],
    ),
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
