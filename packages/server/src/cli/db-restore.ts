import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describeTarget, parseTarget } from './db/database-target.ts'
import { sha256File } from './db/durable-file.ts'
import { readManifest } from './db/manifest.ts'
import { restorePostgres } from './db/postgres-restore.ts'
import { RestoreRefused } from './db/restore-refused.ts'
import { restoreSqlite } from './db/sqlite-restore.ts'
import type { DbCommand } from './db.ts'

/**
 * `restore <file>`: restores a backup into DATABASE_URL, which must be empty, and proves it. In
 * order: the manifest decodes; the file's SHA-256 is the manifest's (one flipped byte fails here,
 * before anything is written); the target is of the backup's engine and empty; the restored log
 * verifies (every hash recomputed) and ends at exactly the manifest's head. A refusal names the file
 * and the check that failed.
 */
export const restoreCommand: DbCommand = async (args, databaseUrl) => {
  if (args[0] === undefined) {
    process.stderr.write('usage: npm run db -- restore <file>\n')
    return 2
  }
  const file = resolve(args[0])
  if (!existsSync(file)) throw new Error(`no backup at ${file}`)
  const manifest = await readManifest(file)
  const sha256 = await sha256File(file)
  if (sha256 !== manifest.sha256)
    throw new RestoreRefused(
      file,
      'sha256',
      `the file's SHA-256 is ${sha256}, its manifest says ${manifest.sha256}: the backup is damaged or not the one the manifest describes`,
    )
  const target = parseTarget(databaseUrl)
  if (target.engine !== manifest.engine)
    throw new RestoreRefused(
      file,
      'target',
      `a ${manifest.engine} backup restores into ${manifest.engine}; restore it there, then move it with npm run db -- copy`,
    )
  const restored =
    target.engine === 'sqlite'
      ? await restoreSqlite(file, manifest, target)
      : await restorePostgres(file, manifest, target)
  const report = { ok: true, restored: describeTarget(target), from: file, ...restored }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return 0
}
