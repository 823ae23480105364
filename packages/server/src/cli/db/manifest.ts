import { readFile, rm, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { Result, Schema } from 'effect'
import { publish } from './durable-file.ts'
import { RestoreRefused } from './restore-refused.ts'

const Hex64 = Schema.String.check(Schema.isPattern(/^[0-9a-f]{64}$/))
const Count = Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))

/**
 * What a backup claims about itself, written beside it as `<backup>.manifest.json`. Restore trusts
 * nothing in the backup until the file's SHA-256 matches `sha256` and the restored log verifies up to
 * exactly `head`.
 */
export const Manifest = Schema.Struct({
  format: Schema.Literal('tandem-backup/1'),
  engine: Schema.Literals(['sqlite', 'postgres']),
  /** The backup file's name; the manifest lives beside it. */
  file: Schema.String,
  bytes: Count,
  sha256: Hex64,
  createdAt: Schema.String,
  /** The log's last event in the backup: position and hash (64 zeros for an empty log). */
  head: Schema.Struct({ position: Count, hash: Hex64 }),
  events: Count,
  /** The migrations the backup's tables were at: the event log's and the server tables'. */
  schema: Schema.Struct({ eventLog: Schema.Array(Schema.String), server: Schema.Array(Schema.String) }),
  /** PostgreSQL only: the schema dumped and the pg_dump that dumped it. */
  postgres: Schema.optionalKey(Schema.Struct({ schema: Schema.String, pgDump: Schema.String })),
})
export type Manifest = typeof Manifest.Type

export const manifestPath = (backupFile: string): string => `${backupFile}.manifest.json`

/** Writes the manifest beside its backup, durably and under its final name only once complete. */
export const writeManifest = async (backupFile: string, manifest: Manifest): Promise<void> => {
  const partial = `${manifestPath(backupFile)}.partial`
  await rm(partial, { force: true })
  await writeFile(partial, `${JSON.stringify(manifest, null, 2)}\n`)
  await publish(partial, manifestPath(backupFile))
}

/** Reads and decodes the manifest beside a backup; a missing or malformed one refuses the restore. */
export const readManifest = async (backupFile: string): Promise<Manifest> => {
  const path = manifestPath(backupFile)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new RestoreRefused(backupFile, 'manifest', `no manifest beside it (expected ${basename(path)})`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RestoreRefused(backupFile, 'manifest', `${basename(path)} is not JSON`)
  }
  const decoded = Schema.decodeUnknownResult(Manifest)(json)
  if (Result.isFailure(decoded))
    throw new RestoreRefused(backupFile, 'manifest', `${basename(path)}: ${decoded.failure.message}`)
  return decoded.success
}
