import { resolve } from 'node:path'
import { describeTarget, parseTarget } from './db/database-target.ts'
import { restoreBackup } from './db/restore-backup.ts'
import type { DbCommand } from './db.ts'

/**
 * `restore <file>`: restores a backup into DATABASE_URL, which must be empty, and proves it
 * (db/restore-backup.ts); a refusal names the file and the check that failed.
 */
export const restoreCommand: DbCommand = async (args, databaseUrl) => {
  if (args[0] === undefined) {
    process.stderr.write('usage: npm run db -- restore <file>\n')
    return 2
  }
  const file = resolve(args[0])
  const target = parseTarget(databaseUrl)
  const restored = await restoreBackup(file, target)
  process.stdout.write(
    `${JSON.stringify({ ok: true, restored: describeTarget(target), from: file, ...restored }, null, 2)}\n`,
  )
  return 0
}
