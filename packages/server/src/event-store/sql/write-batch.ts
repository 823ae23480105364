import type { Kysely, RawBuilder } from 'kysely'
import { resultOf } from '../append-steps.ts'
import type { AppendResult } from '../event-store.ts'
import type { Outcome } from '../group-commit.ts'
import { type AppendJob, planBatch, type StoredCommand } from '../plan-batch.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { type CommandRow, storedCommands, streamVersions } from './batch-lookups.ts'
import { type EventRow, toRow } from './event-row.ts'
import { readHead } from './read-head.ts'
import { readRange } from './read-range.ts'
import { writeRows } from './write-rows.ts'

export interface WrittenBatch {
  readonly outcomes: readonly Outcome<AppendResult>[]
  /** The new head when the batch appended anything, for `onAppended`; undefined otherwise. */
  readonly appendedUpTo: number | undefined
}

const storedCommand = (row: CommandRow): StoredCommand => ({
  streamId: row.stream_id,
  firstPosition: row.first_position,
  lastPosition: row.last_position,
})

const unique = (values: readonly (string | undefined)[]) =>
  [...new Set(values)].filter((value): value is string => value !== undefined)

/**
 * The body of one group-commit transaction, the same SQL on every backend: runs inside a transaction
 * that already holds the log's write lock (`lockHead` takes it on PostgreSQL, `BEGIN IMMEDIATE` took
 * it on SQLite). Reads the head, the streams' versions and the known command ids once for the whole
 * batch, places the jobs (plan-batch.ts), and writes every appended event, command id and the new
 * head (write-rows.ts; in one statement where the database can, `oneStatement`); the caller commits.
 */
export const writeBatch = async (
  trx: Kysely<EventStoreDatabase>,
  jobs: readonly AppendJob[],
  { lockHead, oneStatement }: { readonly lockHead: boolean; readonly oneStatement: boolean },
  announcement?: (head: number) => RawBuilder<unknown>,
): Promise<WrittenBatch> => {
  const head = await readHead(trx, lockHead)
  const versions = await streamVersions(trx, unique(jobs.map((job) => job.streamId)))
  const commandRows = await storedCommands(trx, unique(jobs.map((job) => job.options.commandId)))
  const commands = new Map([...commandRows].map(([id, row]) => [id, storedCommand(row)]))
  const recordedAt = new Date().toISOString()
  const plan = planBatch(jobs, { head, versions, commands, recordedAt })

  const eventRows: EventRow[] = []
  const newCommands: CommandRow[] = []
  plan.placements.forEach((placement, index) => {
    if (placement.kind !== 'append') return
    const { encoded, options } = jobs[index]!
    placement.events.forEach((event, i) => {
      eventRows.push(toRow(event, encoded[i]!))
    })
    if (options.commandId !== undefined)
      newCommands.push({
        command_id: options.commandId,
        stream_id: jobs[index]!.streamId,
        first_position: placement.events[0]!.position,
        last_position: placement.events.at(-1)!.position,
      })
  })
  const appended = eventRows.length > 0
  if (appended)
    await writeRows(
      trx,
      {
        events: eventRows,
        commands: newCommands,
        head: plan.head,
        announcement: announcement?.(plan.head.position),
      },
      oneStatement,
    )

  const outcomes: Outcome<AppendResult>[] = []
  for (const placement of plan.placements) {
    if (placement.kind === 'failed') outcomes.push({ ok: false, error: placement.error })
    else if (placement.kind === 'append')
      outcomes.push({ ok: true, value: resultOf(placement.events, false) })
    else if (placement.kind === 'repeat') {
      const original = outcomes[placement.index]!
      outcomes.push(original.ok ? { ok: true, value: { ...original.value, duplicate: true } } : original)
    } else {
      const { firstPosition, lastPosition } = placement.command
      outcomes.push({ ok: true, value: resultOf(await readRange(trx, firstPosition, lastPosition), true) })
    }
  }
  return { outcomes, appendedUpTo: appended ? plan.head.position : undefined }
}
