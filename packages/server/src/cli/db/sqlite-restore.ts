import { existsSync } from 'node:fs'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { checkRestored, type RestoredLog } from './check-restored.ts'
import { publish } from './durable-file.ts'
import type { Manifest } from './manifest.ts'
import { verifyInParallel } from './parallel-verify.ts'
import { reapplyErasures } from './reapply-erasures.ts'
import { RestoreRefused } from './restore-refused.ts'

/**
 * Restores a SQLite backup to a new file: the backup is copied beside the target as
 * `<target>.restoring`, verified against the manifest, and only then moved
 * to the target's name. A restore that fails a check leaves nothing under that name; one that
 * succeeds leaves the whole, proven log.
 */
export const restoreSqlite = async (
  backupFile: string,
  manifest: Manifest,
  target: { readonly file: string },
): Promise<RestoredLog> => {
  const taken = [target.file, `${target.file}-wal`].filter((path) => existsSync(path))
  if (taken.length > 0)
    throw new RestoreRefused(
      backupFile,
      'target',
      `${taken[0]} already exists; a restore only writes a new database, so move the old one aside first`,
    )
  const restoring = `${target.file}.restoring`
  await mkdir(dirname(target.file), { recursive: true })
  await rm(restoring, { force: true })
  try {
    await copyFile(backupFile, restoring)
    const restored = checkRestored(
      await verifyInParallel({ engine: 'sqlite', file: restoring }),
      backupFile,
      manifest,
    )
    await reapplyErasures({ engine: 'sqlite', file: restoring })
    await publish(restoring, target.file)
    return restored
  } finally {
    await rm(restoring, { force: true })
  }
}
