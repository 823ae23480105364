import type { ServerDb } from '../db/open-server-database.ts'
import { retryBusy } from '../db/retry-busy.ts'
import { type TeamViews, VIEWS_VERSION } from './team-views.ts'

/**
 * Bump when the layout of the checkpoint rows changes. The shape of the states is versioned by the
 * domain (each `Projection` has a `version`, collected in `VIEWS_VERSION`), so changing a fold
 * cannot forget it here: checkpoints of another version are ignored and the projections rebuilt
 * from the log once.
 */
export const CHECKPOINT_VERSION = 1

/** The version every checkpoint row name carries: the row layout and each projection's state version. */
export const CURRENT_VERSION = `v${CHECKPOINT_VERSION}.${VIEWS_VERSION}`

// The head carries the version too: a head of another version must not make the runner skip the
// events that only the ignored team rows had folded.
const headName = (version: string) => `head@${version}`
const teamPrefix = (version: string) => `team@${version}:`

/** One team's saved views, still as the JSON text they were saved as. */
export interface SavedTeam {
  readonly position: number
  readonly json: string
}

export interface Checkpoint {
  /** every team with events up to here has a row at or beyond it */
  readonly head: number
  /** parsed by the caller when a team is first used (`parseViews`): thousands of teams take seconds to parse */
  readonly teams: ReadonlyMap<string, SavedTeam>
}

/** A team's views from its checkpoint JSON. */
export const parseViews = (json: string): TeamViews => JSON.parse(json) as TeamViews

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
export const saveTeamCheckpoint = (
  db: ServerDb,
  teamId: string,
  position: number,
  json: string,
  now: Date,
  version = CURRENT_VERSION,
) => upsert(db, `${teamPrefix(version)}${teamId}`, position, json, now)

/**
 * The head: every team with events up to it has its row saved at or beyond it. Written after the
 * team rows, so a crash between them only means a longer catch-up, never a skipped event.
 */
export const saveHeadCheckpoint = (db: ServerDb, head: number, now: Date, version = CURRENT_VERSION) =>
  upsert(db, headName(version), head, '{}', now)

/** The checkpoint of the current version; rows of other versions are left alone and not read. */
export const loadCheckpoint = async (db: ServerDb): Promise<Checkpoint> => {
  const rows = await db.selectFrom('projection_checkpoints').select(['name', 'position', 'state']).execute()
  const teams = new Map<string, SavedTeam>()
  const headRow = headName(CURRENT_VERSION)
  const prefix = teamPrefix(CURRENT_VERSION)
  let head = 0
  for (const row of rows) {
    if (row.name === headRow) head = Number(row.position)
    else if (row.name.startsWith(prefix))
      teams.set(row.name.slice(prefix.length), { position: Number(row.position), json: row.state })
  }
  return { head, teams }
}
