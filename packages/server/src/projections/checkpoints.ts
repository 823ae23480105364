import type { ServerDb } from '../db/open-server-database.ts'
import { retryBusy } from '../db/retry-busy.ts'
import type { TeamViews } from './team-views.ts'

/**
 * Bump when the shape of a projection state changes: checkpoints of another version are ignored
 * and the projections are rebuilt from the log once.
 */
export const CHECKPOINT_VERSION = 1

const HEAD = `head@v${CHECKPOINT_VERSION}`
const TEAM_PREFIX = `team@v${CHECKPOINT_VERSION}:`

export interface Checkpoint {
  /** every team with events up to here has a row at or beyond it */
  readonly head: number
  readonly teams: ReadonlyMap<string, { readonly position: number; readonly views: TeamViews }>
}

/**
 * Upserts one checkpoint row in one statement (atomic, and never holding SQLite's lock across an
 * await; see open-server-database.ts). Rows only move forward (`where excluded position > stored
 * position`), so two instances on one PostgreSQL database, each checkpointing what it has folded,
 * never replace a newer state with an older one.
 */
const upsert = (db: ServerDb, name: string, position: number, state: string, now: Date) =>
  retryBusy(() =>
    db
      .insertInto('projection_checkpoints')
      .values({ name, position, state, updated_at: now.toISOString() })
      .onConflict((conflict) =>
        conflict
          .column('name')
          .doUpdateSet((eb) => ({
            position: eb.ref('excluded.position'),
            state: eb.ref('excluded.state'),
            updated_at: eb.ref('excluded.updated_at'),
          }))
          .where((eb) => eb('projection_checkpoints.position', '<', eb.ref('excluded.position'))),
      )
      .execute(),
  )

/** One team's views as of `position` (the last event folded into them). */
export const saveTeamCheckpoint = (db: ServerDb, teamId: string, position: number, json: string, now: Date) =>
  upsert(db, `${TEAM_PREFIX}${teamId}`, position, json, now)

/**
 * The head: every team with events up to it has its row saved at or beyond it. Written after the
 * team rows, so a crash between them only means a longer catch-up, never a skipped event.
 */
export const saveHeadCheckpoint = (db: ServerDb, head: number, now: Date) => upsert(db, HEAD, head, '{}', now)

export const loadCheckpoint = async (db: ServerDb): Promise<Checkpoint> => {
  const rows = await db.selectFrom('projection_checkpoints').select(['name', 'position', 'state']).execute()
  const teams = new Map<string, { position: number; views: TeamViews }>()
  let head = 0
  for (const row of rows) {
    if (row.name === HEAD) head = Number(row.position)
    else if (row.name.startsWith(TEAM_PREFIX))
      teams.set(row.name.slice(TEAM_PREFIX.length), {
        position: Number(row.position),
        views: JSON.parse(row.state) as TeamViews,
      })
  }
  return { head, teams }
}
