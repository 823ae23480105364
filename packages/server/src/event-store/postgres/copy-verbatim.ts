import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { LogHead } from '../append-steps.ts'
import { checkContinues } from '../sql/chain-continuity.ts'
import type { EventRow } from '../sql/event-row.ts'

const COLUMNS =
  'position, stream_id, stream_version, type, schema_version, data, metadata, recorded_at, previous_hash, hash'
const SPECIAL = /[\\\n\r\t]/
const SPECIAL_ALL = /[\\\n\r\t]/g
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** A value in COPY's text format: backslash, newline, carriage return and tab escaped. */
const field = (value: string | number): string => {
  const text = String(value)
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (char) => ESCAPES[char]!) : text
}

const copyText = (rows: readonly EventRow[]): string => {
  let text = ''
  for (const row of rows)
    text += `${row.position}\t${field(row.stream_id)}\t${row.stream_version}\t${field(row.type)}\t${row.schema_version}\t${field(row.data)}\t${field(row.metadata)}\t${field(row.recorded_at)}\t${field(row.previous_hash)}\t${field(row.hash)}\n`
  return text
}

/**
 * insertVerbatim (sql/insert-verbatim.ts) for PostgreSQL, with the rows sent by `COPY … FROM STDIN`
 * rather than as INSERT parameters: about three times the rows per second, which is most of the time
 * a copy into PostgreSQL takes. Same transaction, same lock on the log's head, same continuity check
 * before anything is written; like insertVerbatim, only the db copy command may use it.
 */
export const copyVerbatim = async (pool: pg.Pool, rows: readonly EventRow[]): Promise<LogHead> => {
  const client = await pool.connect()
  try {
    await client.query('begin')
    try {
      const head = (
        await client.query<{ position: number; hash: string }>(
          'select position, hash from log_head where id = 1 for update',
        )
      ).rows[0]!
      const streams = [...new Set(rows.map((row) => row.stream_id))]
      // One index probe per stream, as batch-lookups.ts explains, rather than a GROUP BY over them all.
      const stored = await client.query<{ id: string; version: number | null }>(
        `select s.id, (select max(stream_version) from events where stream_id = s.id) as version
         from unnest($1::text[]) as s(id)`,
        [streams],
      )
      const versions = new Map(stored.rows.map((row) => [row.id, Number(row.version ?? 0)]))
      const next = checkContinues(rows, head, versions)
      await pipeline(
        Readable.from([copyText(rows)]),
        client.query(copyFrom(`copy events (${COLUMNS}) from stdin`)),
      )
      if (rows.length > 0)
        await client.query('update log_head set position = $1, hash = $2 where id = 1', [
          next.position,
          next.hash,
        ])
      await client.query('commit')
      return next
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      throw error
    }
  } finally {
    client.release()
  }
}
