import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { streamIdOf } from '@tandem/domain'
import type { EventStore, NewEvent } from '../../../packages/server/src/event-store/event-store.ts'
import { openSqliteStore } from '../../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { perSecond } from '../bench-data.ts'

const DEMO_LOG = resolve(import.meta.dirname, '../../../events/demo/demo-team.ndjson')

/** Events in the domain log; BENCH_EVENTS shrinks it, as it does the replay log. */
export const DOMAIN_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000)

/** Teams appended at once, so that the store group-commits them while the log is built. */
const TEAMS_IN_FLIGHT = 16

interface DemoLine {
  readonly type: string
  readonly schemaVersion: number
  readonly data: { readonly teamId: string } & Record<string, unknown>
  readonly metadata: NewEvent['metadata']
}

/** The demo team's id in copy `copy`; ids inside a team (cases, professionals) are per team, so they stay. */
export const teamIdOfCopy = (copy: number) => `demo-noord-${copy}`

/**
 * A realistic log of `DOMAIN_EVENTS` domain events: the demo team's 367 events, copied under as many
 * team ids as it takes (the last copy cut short), each team's events in one append to its stream.
 */
const build = async (store: EventStore): Promise<{ readonly teams: number }> => {
  const demo = readFileSync(DEMO_LOG, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DemoLine)
  const copyOf = (copy: number, count: number): NewEvent[] =>
    demo.slice(0, count).map(({ type, schemaVersion, data, metadata }) => ({
      type,
      schemaVersion,
      data: { ...data, teamId: teamIdOfCopy(copy) },
      metadata,
    }))
  const teams = Math.ceil(DOMAIN_EVENTS / demo.length)
  for (let first = 0; first < teams; first += TEAMS_IN_FLIGHT) {
    const appends = []
    for (let copy = first; copy < Math.min(teams, first + TEAMS_IN_FLIGHT); copy++) {
      const count = Math.min(demo.length, DOMAIN_EVENTS - copy * demo.length)
      appends.push(
        store.append(streamIdOf(teamIdOfCopy(copy)), copyOf(copy, count), { expectedVersion: 'no-stream' }),
      )
    }
    await Promise.all(appends)
  }
  return { teams }
}

export interface DomainLog {
  readonly file: string
  readonly events: number
  readonly teams: number
  readonly buildEventsPerSecond: number
}

let shared: Promise<DomainLog> | undefined

/**
 * The domain log in a temporary SQLite file, built once per process and shared by the sections that
 * need it (projections, coldStart); the folder is removed when the process exits.
 */
export const domainLog = (): Promise<DomainLog> => {
  shared ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tandem-bench-domain-'))
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }))
    const file = join(folder, 'domain.db')
    const store = await openSqliteStore(file)
    try {
      const started = performance.now()
      const { teams } = await build(store)
      const events = await store.head()
      if (events !== DOMAIN_EVENTS) throw new Error(`built ${events} events, expected ${DOMAIN_EVENTS}`)
      return { file, events, teams, buildEventsPerSecond: perSecond(events, performance.now() - started) }
    } finally {
      await store.close()
    }
  })()
  return shared
}
