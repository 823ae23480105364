import { rm, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { publish, sha256File } from './durable-file.ts'
import { readLogFacts } from './log-facts.ts'
import type { Manifest } from './manifest.ts'
import { openExisting, type TandemDatabase } from './open-database.ts'

/**
 * SQLite's online backup of a live database: `VACUUM INTO` reads the whole database inside one read
 * transaction, so the file it writes is one consistent snapshot, while the server keeps appending
 * (in WAL mode a reader never blocks the writer). Copying the database file instead could catch the
 * main file and its WAL at different moments, which is why this never does.
 *
 * The snapshot is then switched to journal_mode DELETE, so the backup is one self-contained file
 * (no -wal beside it) that a restore, or an operator's `sqlite3`, opens as it is; its facts are read
 * from the snapshot itself, so the manifest describes exactly what the file holds.
 */
export const backupSqlite = async (
  source: { readonly file: string },
  file: string,
  takenAt: string,
): Promise<Manifest> => {
  const partial = `${file}.partial`
  await rm(partial, { force: true })
  const opened = await openExisting({ engine: 'sqlite', file: source.file })
  try {
    await sql`vacuum into ${partial}`.execute(opened.db)
  } finally {
    await opened.close()
  }
  const snapshot = new Database(partial, { fileMustExist: true })
  const db = new Kysely<TandemDatabase>({ dialect: new SqliteDialect({ database: snapshot }) })
  let facts: Awaited<ReturnType<typeof readLogFacts>>
  try {
    snapshot.pragma('journal_mode = DELETE')
    const tables = snapshot
      .prepare("select name from sqlite_master where type = 'table'")
      .pluck()
      .all() as string[]
    facts = await readLogFacts(db, tables)
  } finally {
    await db.destroy()
  }
  const sha256 = await sha256File(partial)
  const { size } = await stat(partial)
  await publish(partial, file)
  return {
    format: 'tandem-backup/1',
    engine: 'sqlite',
    file: basename(file),
    bytes: size,
    sha256,
    createdAt: takenAt,
    ...facts,
    schema: { eventLog: [...facts.schema.eventLog], server: [...facts.schema.server] },
  }
}
