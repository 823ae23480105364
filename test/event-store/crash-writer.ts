import { fsyncSync, openSync, writeSync } from 'node:fs'
import { openPostgresStore } from '../../packages/server/src/event-store/postgres/open-postgres-store.ts'
import { openSqliteStore } from '../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import type { CrashTarget } from './crash-scenario.ts'

/**
 * The child of the crash test: appends commands of 1–4 events as fast as it can, from several lanes
 * at once so that the store group-commits them, and, after each acknowledged append, records it in
 * the side file with fsync, so the record outlives the SIGKILL the parent sends at an arbitrary moment.
 * Usage: node --import tsx crash-writer.ts <side file> <round>, with CRASH_TARGET as JSON.
 */
const LANES = 6
const [sideFile, round] = process.argv.slice(2)
const target = JSON.parse(process.env.CRASH_TARGET!) as CrashTarget
const store =
  target.kind === 'sqlite' ? await openSqliteStore(target.file) : await openPostgresStore(target.postgres)
const side = openSync(sideFile!, 'a')

const lane = async (laneNumber: number) => {
  for (let i = 0; ; i++) {
    const commandId = `round-${round}-lane-${laneNumber}-command-${i}`
    const count = 1 + ((i + laneNumber) % 4)
    const events = Array.from({ length: count }, (_, index) => ({
      type: 'Noted',
      schemaVersion: 1,
      // Later events of a command are larger, so a kill is likelier to land while one is being written.
      data: { commandId, index, of: count, note: 'ë'.repeat(index * 2000) },
      metadata: {
        actor: 'crash-writer',
        role: 'professional',
        occurredAt: new Date().toISOString(),
        commandId,
      },
    }))
    const result = await store.append(`case-${(i + laneNumber) % 7}`, events, {
      expectedVersion: 'any',
      commandId,
    })
    // One whole line per write: lanes never interleave inside a record.
    writeSync(
      side,
      `${JSON.stringify({ commandId, first: result.events[0]!.position, last: result.lastPosition })}\n`,
    )
    fsyncSync(side)
  }
}

await Promise.all(Array.from({ length: LANES }, (_, laneNumber) => lane(laneNumber)))
