import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'

/** The lowercase hex SHA-256 of a file's bytes, read as a stream (backups are hundreds of MB). */
export const sha256File = async (file: string): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Flushes a file (or a folder's entries) to disk: SQLite's VACUUM INTO and pg_dump do not. */
export const fsyncPath = async (path: string): Promise<void> => {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Moves a finished file into place under its final name and makes the move durable, so a crash
 * leaves either no file or the whole one, never a half-written file under the name an operator trusts.
 */
export const publish = async (partial: string, final: string): Promise<void> => {
  await fsyncPath(partial)
  await rename(partial, final)
  await fsyncPath(dirname(final))
}
