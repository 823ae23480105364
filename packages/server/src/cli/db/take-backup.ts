import { existsSync } from 'node:fs'
import type { DatabaseTarget } from './database-target.ts'
import { type Manifest, manifestPath, writeManifest } from './manifest.ts'
import { backupPostgres } from './postgres-backup.ts'
import { backupSqlite } from './sqlite-backup.ts'

/**
 * An online backup of `source` to a new `file`, and its manifest beside it. SQLite: VACUUM INTO
 * (sqlite-backup.ts); PostgreSQL: pg_dump in one snapshot (postgres-backup.ts). Never overwrites:
 * an existing backup is evidence, not scratch space.
 */
export const takeBackup = async (source: DatabaseTarget, file: string): Promise<Manifest> => {
  for (const path of [file, manifestPath(file)])
    if (existsSync(path)) throw new Error(`${path} already exists; a backup never overwrites one`)
  const takenAt = new Date().toISOString()
  const manifest =
    source.engine === 'sqlite'
      ? await backupSqlite(source, file, takenAt)
      : await backupPostgres(source, file, takenAt)
  await writeManifest(file, manifest)
  return manifest
}
