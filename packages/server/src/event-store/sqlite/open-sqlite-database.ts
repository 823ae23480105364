import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'

/** The in-memory database of `sqlite::memory:`: private to one connection, gone when it closes. */
export const SQLITE_MEMORY = ':memory:'

/**
 * Opens the SQLite file with the settings the store's guarantees rest on.
 *
 * - `journal_mode = WAL`: readers never block the writer and see a consistent snapshot per query,
 *   and several processes can share the file.
 * - `synchronous = FULL`: in WAL mode SQLite then fsyncs the WAL at every commit, so a commit that
 *   returned is on disk. `NORMAL` fsyncs only at checkpoints: it survives the process crashing (the
 *   OS holds the writes), but a power cut or kernel crash can roll back the last acknowledged
 *   transactions, and the store promises that an acknowledged append is durable.
 * - `busy_timeout = 5000`: another process holding the write lock makes `BEGIN IMMEDIATE` wait up to
 *   5 s instead of failing at once. better-sqlite3 is synchronous, so that wait blocks this process's
 *   event loop; appends are short, so in practice it is milliseconds.
 */
export const openSqliteDatabase = (filename: string): Database.Database => {
  if (filename !== SQLITE_MEMORY) mkdirSync(dirname(filename), { recursive: true })
  const database = new Database(filename)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma('busy_timeout = 5000')
  return database
}
