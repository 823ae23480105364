import { defineConfig } from 'vitest/config'

/**
 * Test tiers, by file name (docs/architecture.md#test-tiers): `*.unit.test.ts` are pure and fast,
 * `*.int.test.ts` use a real file SQLite store or a server on loopback, `*.pg.test.ts` need the PostgreSQL at
 * TANDEM_TEST_POSTGRES_URL, `*.e2e.test.ts` drive Debian's Chromium. `npm test` runs unit and int; `.ci/run`
 * adds pg and e2e.
 */
const tier = (name: string, extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: {
    name,
    include: [`packages/*/src/**/*.${name}.test.ts`, `test/**/*.${name}.test.ts`],
    ...extra,
  },
})

export default defineConfig({
  test: {
    projects: [
      tier('unit'),
      tier('int', { testTimeout: 60_000, hookTimeout: 60_000 }),
      tier('pg', {
        testTimeout: 60_000,
        hookTimeout: 60_000,
        globalSetup: ['test/support/require-postgres.ts'],
      }),
      tier('e2e', { testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false }),
    ],
  },
})
