import type { ServerDb } from '../db/open-server-database.ts'
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
 * Saves the changed teams and the head in one transaction. Rows only move forward (`where excluded
 * position > stored position`), so two instances on one PostgreSQL database, each checkpointing what
 * it has folded, never replace a newer state with an older one.
 */
export const saveCheckpoint = async (
  db: ServerDb,
  head: number,
  teams: readonly { readonly teamId: string; readonly position: number; readonly json: string }[],
  now: Date,
): Promise<void> => {
  const rows = [
    { name: HEAD, position: head, state: '{}', updated_at: now.toISOString() },
    ...teams.map((team) => ({
      name: `${TEAM_PREFIX}${team.teamId}`,
      position: team.position,
      state: team.json,
      updated_at: now.toISOString(),
    })),
  ]
  await db.transaction().execute(async (trx) => {
    for (const row of rows)
      await trx
        .insertInto('projection_checkpoints')
        .values(row)
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
        .execute()
  })
}

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
