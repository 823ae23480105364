import { existsSync } from 'node:fs'
import type { RestoredLog } from './check-restored.ts'
import type { DatabaseTarget } from './database-target.ts'
import { sha256File } from './durable-file.ts'
import { readManifest } from './manifest.ts'
import { restorePostgres } from './postgres-restore.ts'
import { RestoreRefused } from './restore-refused.ts'
import { restoreSqlite } from './sqlite-restore.ts'

/**
 * Restores the backup `file` into `target`, which must be empty, and proves it. In order: the
 * manifest decodes; the file's SHA-256 is the manifest's (one flipped byte fails here, before anything
 * is written); the target is of the backup's engine and empty; the restored log verifies (every hash
 * recomputed) and ends at exactly the manifest's head. A refusal (RestoreRefused) names the file and
 * the check that failed.
 */
export const restoreBackup = async (file: string, target: DatabaseTarget): Promise<RestoredLog> => {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`)
  const manifest = await readManifest(file)
  const sha256 = await sha256File(file)
  if (sha256 !== manifest.sha256)
    throw new RestoreRefused(
      file,
      'sha256',
      `the file's SHA-256 is ${sha256}, its manifest says ${manifest.sha256}: the backup is damaged or not the one the manifest describes`,
    )
  if (target.engine !== manifest.engine)
    throw new RestoreRefused(
      file,
      'target',
      `a ${manifest.engine} backup restores into ${manifest.engine}; restore it there, then move it with npm run db -- copy`,
    )
  return target.engine === 'sqlite'
    ? restoreSqlite(file, manifest, target)
    : restorePostgres(file, manifest, target)
}
