import { resolve } from 'node:path'
import { parseTarget } from './db/database-target.ts'
import { manifestPath } from './db/manifest.ts'
import { takeBackup } from './db/take-backup.ts'
import type { DbCommand } from './db.ts'

/**
 * `backup <file>`: an online backup of DATABASE_URL to a new file, with `<file>.manifest.json`
 * beside it (head position and hash, event count, schema, time, SHA-256 of the file).
 */
export const backupCommand: DbCommand = async (args, databaseUrl) => {
  if (args[0] === undefined) {
    process.stderr.write('usage: npm run db -- backup <file>\n')
    return 2
  }
  const file = resolve(args[0])
  const manifest = await takeBackup(parseTarget(databaseUrl), file)
  process.stdout.write(
    `${JSON.stringify({ backup: file, manifest: manifestPath(file), ...manifest }, null, 2)}\n`,
  )
  return 0
}
