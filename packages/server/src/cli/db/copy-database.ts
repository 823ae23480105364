import type { Kysely } from 'kysely'
import { readHead } from '../../event-store/sql/read-head.ts'
import { copyCommands } from './copy-commands.ts'
import { copyEvents } from './copy-events.ts'
import { CopyRefused } from './copy-refused.ts'
import { copyServerTables, refuseUnknownTables } from './copy-server-tables.ts'
import { type DatabaseTarget, describeTarget, sameDatabase } from './database-target.ts'
import { readSchema } from './log-facts.ts'
import {
  type OpenedDatabase,
  openExisting,
  openMigrated,
  storeTables,
  type TandemDatabase,
} from './open-database.ts'
import { verifyInParallel } from './parallel-verify.ts'
import { progressLine } from './progress.ts'
import { reapplyErasures } from './reapply-erasures.ts'
import { resumePoint } from './resume-point.ts'

/**
 * Reads the whole copy from one snapshot of the source, so events, command ids and accounts are of
 * one moment even while a server keeps writing: a repeatable-read transaction on PostgreSQL, a read
 * transaction on SQLite (WAL keeps its snapshot while the writer goes on).
 */
const inSnapshot = <T>(source: OpenedDatabase, read: (snapshot: Kysely<TandemDatabase>) => Promise<T>) =>
  source.target.engine === 'postgres'
    ? source.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read)
    : source.db.transaction().execute(read)

/**
 * Both sides must be at the same migrations, or the rows would not fit. A bare event log (no server
 * tables: the store was opened on it, never the server) has only events to copy.
 */
const refuseOtherSchema = async (source: OpenedDatabase, target: OpenedDatabase) => {
  const from = await readSchema(source.db, await source.tables())
  const to = await readSchema(target.db, await target.tables())
  const bare = from.server.length === 0
  if (
    JSON.stringify(from.eventLog) !== JSON.stringify(to.eventLog) ||
    (!bare && JSON.stringify(from.server) !== JSON.stringify(to.server))
  )
    throw new CopyRefused(
      `the source's tables are at migrations ${JSON.stringify(from)}, this version's at ${JSON.stringify(to)}; ` +
        'start this version of the server on the source once (it migrates on start), then copy',
    )
}

export interface CopyOptions {
  /** Events per transaction on the target. */
  readonly batchSize: number
  /** Where progress lines go (stderr for the command). */
  readonly say: (line: string) => void
}

/**
 * Copies the log of `source` — every event exactly as stored, the command ids, and the server tables
 * of SERVER_TABLES — to `target`, SQLite or PostgreSQL either way. The target must be empty or hold
 * an exact prefix of the source (the copy then continues after it). Ends with a verify of the target;
 * `ok` only if its head hash is the source's. The report gives each phase's milliseconds.
 *
 * Projection checkpoints are not copied: the target's are emptied, and the first server start on it
 * rebuilds them from the copied log, as it does on any database without checkpoints. Folding the log
 * here instead would cost the same time once more (a fold is slower than the copy itself) and buy
 * nothing: the downtime of a move is the copy plus that first start either way.
 */
export const copyDatabase = async (source: DatabaseTarget, target: DatabaseTarget, options: CopyOptions) => {
  const { batchSize, say } = options
  if (sameDatabase(source, target)) throw new CopyRefused('the source and the target are the same database')
  const started = performance.now()
  const from = await openExisting(source)
  let copied: Awaited<ReturnType<typeof copyAll>>
  try {
    await refuseUnknownTables(from)
    const into = await openMigrated(target)
    try {
      await refuseOtherSchema(from, into)
      const serverTables = (await from.tables()).includes('server_migration')
      copied = await inSnapshot(from, (snapshot) => copyAll(snapshot, into, { batchSize, serverTables }, say))
    } finally {
      await into.close()
    }
  } finally {
    await from.close()
  }
  const erased = await reapplyErasures(target)
  const copiedAt = performance.now()
  say('copy: verifying the target')
  const verify = await verifyInParallel(target)
  const ok = verify.ok && verify.head === copied.head.position && verify.headHash === copied.head.hash
  if (!ok) say('copy: the target does NOT match the source; do not switch to it (see the report)')
  return {
    ok,
    source: { url: describeTarget(source), head: copied.head.position, headHash: copied.head.hash },
    target: { url: describeTarget(target), verify },
    resumedAfter: copied.resumedAfter,
    commands: copied.commands,
    tables: copied.tables,
    erasuresReapplied: erased,
    ms: { copy: Math.round(copiedAt - started), verify: Math.round(performance.now() - copiedAt) },
  }
}

const copyAll = async (
  snapshot: Kysely<TandemDatabase>,
  into: OpenedDatabase,
  { batchSize, serverTables }: { readonly batchSize: number; readonly serverTables: boolean },
  say: (line: string) => void,
) => {
  const head = await readHead(storeTables(snapshot), false)
  const first = await resumePoint(snapshot, head, into)
  say(
    first === 1
      ? `copy: ${head.position.toLocaleString('en')} events to ${describeTarget(into.target)}`
      : `copy: the target holds positions 1–${first - 1} already; continuing from ${first}`,
  )
  await copyEvents(
    snapshot,
    into,
    { from: first, to: head.position, batchSize },
    progressLine('copy', first, head.position, say),
  )
  const commands = await copyCommands(snapshot, into, batchSize)
  const tables = serverTables ? await copyServerTables(snapshot, into, batchSize) : {}
  return { head, resumedAfter: first - 1, commands, tables }
}
