import { option } from './audit-export.ts'
import { copyDatabase } from './db/copy-database.ts'
import { parseTarget } from './db/database-target.ts'
import type { DbCommand } from './db.ts'

const DEFAULT_BATCH = 5000

/**
 * `copy --to <DATABASE_URL> [--batch <events>]`: copies the log, command ids and server tables of
 * DATABASE_URL to another database (db/copy-database.ts), printing progress on stderr and the report
 * on stdout; exits 1 unless the target verifies to the source's head hash.
 */
export const copyCommand: DbCommand = async (args, databaseUrl) => {
  const to = option(args, 'to')
  const batchSize = Number(option(args, 'batch') ?? DEFAULT_BATCH)
  if (!to || !Number.isSafeInteger(batchSize) || batchSize < 1) {
    process.stderr.write('usage: npm run db -- copy --to <DATABASE_URL> [--batch <events>]\n')
    return 2
  }
  const report = await copyDatabase(parseTarget(databaseUrl), parseTarget(to), {
    batchSize,
    say: (line) => process.stderr.write(`${line}\n`),
  })
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return report.ok ? 0 : 1
}
