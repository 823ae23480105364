import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseTarget } from './db/database-target.ts'
import { manifestPath, writeManifest } from './db/manifest.ts'
import { backupPostgres } from './db/postgres-backup.ts'
import { backupSqlite } from './db/sqlite-backup.ts'
import type { DbCommand } from './db.ts'

/**
 * `backup <file>`: an online backup of DATABASE_URL to a new file, and its manifest beside it
 * (`<file>.manifest.json`: head position and hash, event count, schema, time, SHA-256 of the file).
 * SQLite: VACUUM INTO (sqlite-backup.ts). PostgreSQL: pg_dump in one snapshot (postgres-backup.ts).
 * Never overwrites: an existing backup is evidence, not scratch space.
 */
export const backupCommand: DbCommand = async (args, databaseUrl) => {
  if (args[0] === undefined) {
    process.stderr.write('usage: npm run db -- backup <file>\n')
    return 2
  }
  const file = resolve(args[0])
  for (const path of [file, manifestPath(file)])
    if (existsSync(path)) throw new Error(`${path} already exists; a backup never overwrites one`)
  const source = parseTarget(databaseUrl)
  const takenAt = new Date().toISOString()
  const manifest =
    source.engine === 'sqlite'
      ? await backupSqlite(source, file, takenAt)
      : await backupPostgres(source, file, takenAt)
  await writeManifest(file, manifest)
  process.stdout.write(
    `${JSON.stringify({ backup: file, manifest: manifestPath(file), ...manifest }, null, 2)}\n`,
  )
  return 0
}
