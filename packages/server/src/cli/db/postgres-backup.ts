import { rm, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { sql } from 'kysely'
import { publish, sha256File } from './durable-file.ts'
import { type LogFacts, readLogFacts } from './log-facts.ts'
import type { Manifest } from './manifest.ts'
import { openExisting } from './open-database.ts'
import { runPostgresTool, toolVersion } from './postgres-tools.ts'

/**
 * A PostgreSQL backup: `pg_dump --format=custom` of the log's schema, inside one snapshot. This
 * connection opens a repeatable-read transaction, exports its snapshot and reads the manifest's facts
 * in it; pg_dump then dumps from that very snapshot (`--snapshot`) while the transaction stays open.
 * The dump and the manifest therefore describe the same moment of the log, however busy the server.
 */
export const backupPostgres = async (
  source: { readonly connectionString: string; readonly schema: string },
  file: string,
  takenAt: string,
): Promise<Manifest> => {
  const pgDump = await toolVersion('pg_dump')
  const partial = `${file}.partial`
  await rm(partial, { force: true })
  const opened = await openExisting({ engine: 'postgres', ...source })
  let facts: LogFacts
  try {
    const tables = await opened.tables()
    facts = await opened.db.connection().execute(async (connection) => {
      await sql`begin isolation level repeatable read, read only`.execute(connection)
      try {
        const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(connection)
        const inSnapshot = await readLogFacts(connection, tables)
        await runPostgresTool('pg_dump', source.connectionString, [
          '--format=custom',
          `--schema=${source.schema}`,
          `--snapshot=${rows[0]!.id}`,
          `--file=${partial}`,
        ])
        return inSnapshot
      } finally {
        await sql`commit`.execute(connection)
      }
    })
  } finally {
    await opened.close()
  }
  const sha256 = await sha256File(partial)
  const { size } = await stat(partial)
  await publish(partial, file)
  return {
    format: 'tandem-backup/1',
    engine: 'postgres',
    file: basename(file),
    bytes: size,
    sha256,
    createdAt: takenAt,
    head: facts.head,
    events: facts.events,
    schema: { eventLog: [...facts.schema.eventLog], server: [...facts.schema.server] },
    postgres: { schema: source.schema, pgDump },
  }
}
