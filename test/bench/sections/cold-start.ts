import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { insertAccount } from '../../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../../packages/server/src/accounts/credentials.ts'
import { openServerDatabase } from '../../../packages/server/src/db/open-server-database.ts'
import { startServerProcess } from '../../support/server-process.ts'
import { withTempDir } from '../bench-data.ts'
import { domainLog, teamIdOfCopy } from '../domain/domain-log.ts'

export const name = 'coldStart'

/**
 * docs/architecture.md#figures: ready to serve on a 1,000,000-event log in under 2 s, with checkpointed
 * projections. Starts the real server as `npm start` does (`node packages/server/dist/main.js`,
 * TANDEM_DEMO=0) on the domain log (domain/domain-log.ts) and times, from the spawn, the first `GET /ready`
 * that answers 200 (`healthMs`) and the first team `/agenda` a coach gets: once without checkpoints (the
 * server rebuilds every projection), then, after that server saved its checkpoints on SIGTERM, once with
 * them. For reference, the same start on an empty log: what starting Node and loading the bundle costs
 * before any event is read.
 */
export const run = async (): Promise<object> => {
  const log = await domainLog()
  const teamId = teamIdOfCopy(0)
  const db = await openServerDatabase({ url: `sqlite:${log.file}` })
  let token: string
  try {
    await insertAccount(db, {
      id: 'bench-cold-coach',
      username: 'bench-cold-coach',
      displayName: 'Bench coach',
      role: 'coach',
      passwordHash: undefined,
      professionalId: undefined,
      teamIds: [teamId],
      createdAt: new Date().toISOString(),
    })
    token = await createApiToken(db, 'bench-cold-coach', 'bench', new Date())
  } finally {
    await db.destroy()
  }
  const agenda = `/api/teams/${teamId}/agenda`
  const startOnce = async () => {
    const server = await startServerProcess(`sqlite:${log.file}`)
    try {
      const agendaMs = await server.answered(agenda, { authorization: `Bearer ${token}` })
      return { healthMs: Math.round(server.readyMs), agendaMs: Math.round(agendaMs) }
    } finally {
      // SIGTERM: the server saves its last checkpoint before it exits, and stop() waits for that.
      await server.stop()
    }
  }
  const withoutCheckpoints = { ...(await startOnce()), checkpointRows: checkpointRows(log.file) }
  const withCheckpoints = await startOnce()
  return {
    events: log.events,
    teams: log.teams,
    withoutCheckpoints,
    withCheckpoints,
    emptyLogHealthMs: await emptyLogHealthMs(),
    targetMs: 2000,
  }
}

const emptyLogHealthMs = () =>
  withTempDir(async (folder) => {
    const server = await startServerProcess(`sqlite:${join(folder, 'empty.db')}`)
    await server.stop()
    return Math.round(server.readyMs)
  })

const checkpointRows = (file: string): number => {
  const database = new Database(file, { readonly: true })
  try {
    return (database.prepare('select count(*) as n from projection_checkpoints').get() as { n: number }).n
  } finally {
    database.close()
  }
}

// `npx tsx test/bench/sections/cold-start.ts` runs this section alone and prints its JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ [name]: await run() }, null, 2)}\n`)
}
