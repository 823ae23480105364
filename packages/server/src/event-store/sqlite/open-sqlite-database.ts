import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { type DatabaseFileProblem, DatabaseFileUnusable } from '../errors.ts'

/** The in-memory database of `sqlite::memory:`: private to one connection, gone when it closes. */
export const SQLITE_MEMORY = ':memory:'

export interface SqliteFileOptions {
  /**
   * The most pages (4 KiB each) the file may grow to; writes beyond fail with SQLITE_FULL exactly as
   * on a full disk. Unset: as large as the disk allows.
   */
  readonly maxPages?: number
}

/** The problem a failure to open names, or undefined when it is not about the file (a bug, rethrown as is). */
const problemOf = (code: string): DatabaseFileProblem | undefined => {
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only'
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM') return 'unreadable'
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'not-a-database'
  return undefined
}

/** The error code when this process may not access `path` so, else undefined. */
const denied = (path: string, mode: number): string | undefined => {
  try {
    accessSync(path, mode)
    return undefined
  } catch (error) {
    return String((error as { readonly code?: unknown }).code ?? 'EACCES')
  }
}

/**
 * SQLite opens a file it may not write read-only without a word, and a WAL file that needs no
 * migration is never written at start, so a read-only file would only show at the first append.
 * The permissions are checked first instead: the file readable and writable, its folder writable
 * (SQLite creates the -wal and -shm files beside it).
 */
const checkAccess = (filename: string): void => {
  const file = resolve(filename)
  const fail = (problem: DatabaseFileProblem, code: string) => {
    throw new DatabaseFileUnusable({ file, problem, code })
  }
  if (existsSync(filename)) {
    const unreadable = denied(filename, constants.R_OK)
    if (unreadable) fail('unreadable', unreadable)
    const readOnly = denied(filename, constants.W_OK)
    if (readOnly) fail('read-only', readOnly)
  }
  const folder = denied(dirname(filename), constants.W_OK | constants.X_OK)
  if (folder) fail('read-only', folder)
}

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
 *
 * A file that cannot be opened for writing (read-only, unreadable, not a database) fails with
 * `DatabaseFileUnusable`, whose message names the file and the fix.
 */
export const openSqliteDatabase = (filename: string, options: SqliteFileOptions = {}): Database.Database => {
  let database: Database.Database | undefined
  try {
    if (filename !== SQLITE_MEMORY) {
      mkdirSync(dirname(filename), { recursive: true })
      checkAccess(filename)
    }
    database = new Database(filename)
    database.pragma('journal_mode = WAL')
    database.pragma('synchronous = FULL')
    database.pragma('busy_timeout = 5000')
    if (options.maxPages !== undefined) database.pragma(`max_page_count = ${Math.floor(options.maxPages)}`)
    return database
  } catch (error) {
    database?.close()
    if (error instanceof DatabaseFileUnusable) throw error
    const code = (error as { readonly code?: unknown }).code
    const problem = typeof code === 'string' ? problemOf(code) : undefined
    if (problem === undefined || filename === SQLITE_MEMORY) throw error
    throw new DatabaseFileUnusable({ file: resolve(filename), problem, code: code as string })
  }
}
