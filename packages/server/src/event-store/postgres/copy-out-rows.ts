import { StringDecoder } from 'node:string_decoder'
import type pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import type { EventRow } from '../sql/event-row.ts'

const UNESCAPED: Readonly<Record<string, string>> = {
  '\\': '\\',
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
}

/** A value from COPY's text format; COPY TO writes only these backslash sequences (never octal or hex). */
const fromCopyText = (text: string): string =>
  text.includes('\\') ? text.replace(/\\(.)/g, (_, char: string) => UNESCAPED[char] ?? char) : text

const toRow = (line: string): EventRow => {
  const f = line.split('\t')
  return {
    position: Number(f[0]),
    stream_id: fromCopyText(f[1]!),
    stream_version: Number(f[2]),
    type: fromCopyText(f[3]!),
    schema_version: Number(f[4]),
    data: fromCopyText(f[5]!),
    metadata: fromCopyText(f[6]!),
    recorded_at: fromCopyText(f[7]!),
    previous_hash: fromCopyText(f[8]!),
    hash: fromCopyText(f[9]!),
  }
}

/**
 * The events at positions `from`…`to` in position order, read with `COPY … TO STDOUT` and parsed
 * here, in batches of `batchSize`: node-pg builds an object per row and per column through its
 * protocol parser, which made reading, not hashing, the slow half of verifying a PostgreSQL copy.
 * Rows come back as stored (text columns as text), like a `select *` would return them.
 */
export async function* copyOutRows(
  pool: pg.Pool,
  from: number,
  to: number,
  batchSize: number,
): AsyncIterable<EventRow[]> {
  const client = await pool.connect()
  let finished = false
  try {
    const stream = client.query(
      copyTo(
        `copy (select position, stream_id, stream_version, type, schema_version, data, metadata, recorded_at,
          previous_hash, hash from events where position between ${Math.trunc(from)} and ${Math.trunc(to)}
          order by position) to stdout`,
      ),
    )
    const decoder = new StringDecoder('utf8')
    let rest = ''
    let batch: EventRow[] = []
    for await (const chunk of stream) {
      const lines = (rest + decoder.write(chunk as Buffer)).split('\n')
      rest = lines.pop()!
      for (const line of lines) {
        batch.push(toRow(line))
        if (batch.length === batchSize) {
          yield batch
          batch = []
        }
      }
    }
    rest += decoder.end()
    if (rest !== '') batch.push(toRow(rest))
    if (batch.length > 0) yield batch
    finished = true
  } finally {
    // A reader that stopped early leaves the COPY running: that connection is closed, not reused.
    client.release(!finished)
  }
}
