/**
 * The import boundaries between Tandem's parts (docs/architecture.md#boundaries), checked by
 * `npm run lint`. Paths are matched anywhere after a `/` as well as at the start, so that the same
 * rules hold in a copy of the sources whose node_modules resolve elsewhere (test/boundaries).
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */

/** The domain's production code: its tests and test helpers may use vitest and fast-check. */
const domainCode = {
  path: '(^|/)packages/domain/src/',
  pathNot: ['\\.test\\.ts$', '(^|/)packages/domain/src/testing/'],
}

export default {
  forbidden: [
    {
      name: 'domain-imports-only-effect',
      comment:
        'The domain is pure TypeScript and Effect: no I/O, no clock, no crypto, no server or web code. ' +
        'It may import only `effect` and itself.',
      severity: 'error',
      from: domainCode,
      to: { pathNot: ['(^|/)packages/domain/src/', '(^|/)node_modules/effect/'] },
    },
    {
      name: 'domain-code-not-test-helpers',
      comment: 'Test helpers (testing/) are for tests; production domain code must not depend on them.',
      severity: 'error',
      from: domainCode,
      to: { path: '(^|/)packages/domain/src/testing/' },
    },
    {
      name: 'authority-table-has-no-runtime-imports',
      comment:
        'The web imports the authority table (`@tandem/domain/authority`) as a value; it must not pull ' +
        '`effect` or any other runtime code into the bundle, so its own imports are type-only.',
      severity: 'error',
      from: { path: '(^|/)packages/domain/src/rules/authority-table\\.ts$' },
      to: { dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-server-or-store',
      comment: 'The web talks to the server only over HTTP: it never imports server, store or database code.',
      severity: 'error',
      from: { path: '(^|/)packages/web/' },
      to: { path: ['(^|/)packages/server/', '(^|/)node_modules/(kysely|better-sqlite3|pg|hono)/'] },
    },
    {
      name: 'web-uses-domain-types-only',
      comment:
        'The web renders what the domain computed on the server: it imports the domain for its types ' +
        '(erased from the bundle), and the authority table as its one value.',
      severity: 'error',
      from: { path: '(^|/)packages/web/' },
      to: {
        path: '(^|/)packages/domain/',
        pathNot: '(^|/)packages/domain/src/rules/authority-table\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'store-not-domain-business',
      comment:
        'The event store keeps events of any shape: it never depends on deciders, rules, projections, ' +
        'the planner or weights, directly or through the domain index.',
      severity: 'error',
      from: { path: '(^|/)packages/server/src/event-store/' },
      to: {
        path: '(^|/)packages/domain/src/(decider|rules|projections|planner|weights)/',
        reachable: true,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.tsbuild|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.js', '.mjs'],
    },
  },
}
