import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startPrivateCluster } from '../../support/private-postgres.ts'
import { startServerProcess } from '../../support/server-process.ts'
import { withTempDir } from '../bench-data.ts'
import { COMMAND_MIX, commandBody } from '../load/command-mix.ts'
import { type LoadResult, load } from '../load/query-load.ts'
import { startRoundRobinProxy } from '../load/round-robin-proxy.ts'
import { seedDatabase } from '../load/seed-database.ts'
import { professionalIdOf, SCALE, teamIdOf } from '../load/seed-teams.ts'

export const name = 'load'

/** The client counts of the command runs: docs/architecture.md#figures' 32, and a crowd well past it. */
const CONNECTIONS = [32, 200] as const
const COMMAND_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10)
const WARM_UP_SECONDS = 3
/**
 * A PostgreSQL instance that starts on the seeded log first folds its 120,000 events and then, in
 * the background, loads every team's decision state: seconds of CPU that the figures are not about.
 */
const POSTGRES_WARM_UP_SECONDS = 10
const QUERY_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8)

const pick = (n: number) => Math.floor(Math.random() * n)

const DASHBOARD = ['balance', 'agenda', 'unassigned-regie', 'waiting-list', 'tandems', 'my-week'] as const

const dashboardPath = () => {
  const t = pick(SCALE.teams)
  const query = DASHBOARD[pick(DASHBOARD.length)]!
  const professional =
    query === 'my-week' ? `?professionalId=${professionalIdOf(t, pick(SCALE.professionalsPerTeam))}` : ''
  return `/api/teams/${teamIdOf(t)}/${query}${professional}`
}

const command = () => ({ method: 'POST' as const, path: '/api/commands', body: commandBody() })

const commandFigures = (result: LoadResult) => ({
  commandsPerSecond: result.requestsPerSecond,
  p50Ms: result.p50Ms,
  p95Ms: result.p95Ms,
  p99Ms: result.p99Ms,
  maxMs: result.maxMs,
  requests: result.requests,
  non2xx: result.non2xx,
  non2xxByStatus: result.non2xxByStatus,
  share5xx: result.share5xx,
  errors: result.errors,
})

/**
 * The command mix against `base` at each client count, after an unmeasured warm-up: the server
 * loads each team's decision state on first use, and the figures are for the running server.
 */
const commandRuns = async (base: string, token: string, warmUpSeconds = WARM_UP_SECONDS) => {
  await load(base, token, command, { connections: CONNECTIONS[0], seconds: warmUpSeconds })
  const runs: Record<string, ReturnType<typeof commandFigures>> = {}
  for (const connections of CONNECTIONS)
    runs[`connections${connections}`] = commandFigures(
      await load(base, token, command, { connections, seconds: COMMAND_SECONDS }),
    )
  return runs
}

/** SQLite: commands, dashboard queries, and cold start with and without a checkpoint. */
const onSqlite = async (folder: string) => {
  const url = `sqlite:${join(folder, 'load.db')}`
  const { seededEvents, token } = await seedDatabase(url)
  const server = await startServerProcess(url)
  const coldStartWithoutCheckpointMs = Math.round(server.readyMs)
  try {
    const commands = await commandRuns(server.base, token)
    // The first read of each answer after the command run computes it; a dashboard is then read
    // many times per change, so the figures are for answers already computed once.
    const dashboard = () => ({ method: 'GET' as const, path: dashboardPath() })
    await load(server.base, token, dashboard, { connections: 32, seconds: WARM_UP_SECONDS })
    const queries = await load(server.base, token, dashboard, { connections: 32, seconds: QUERY_SECONDS })
    const queriesAtEight = await load(server.base, token, dashboard, {
      connections: 8,
      seconds: QUERY_SECONDS,
    })
    await server.stop()
    const restarted = await startServerProcess(url)
    await restarted.stop()
    return {
      seededEvents,
      commands,
      dashboardQueries: { seconds: QUERY_SECONDS, queries: DASHBOARD, ...queries },
      dashboardQueriesAt8Connections: queriesAtEight,
      coldStartMs: {
        withoutCheckpoint: coldStartWithoutCheckpointMs,
        withCheckpoint: Math.round(restarted.readyMs),
      },
    }
  } finally {
    await server.stop()
  }
}

/**
 * PostgreSQL, on a private cluster the bench starts (never the shared server others test on): one
 * instance, then a second on the same database with a round-robin balancer in front of both.
 */
const onPostgres = async () => {
  const cluster = await startPrivateCluster()
  const stops: (() => Promise<void>)[] = []
  try {
    const { token } = await seedDatabase(cluster.url)
    const first = await startServerProcess(cluster.url)
    stops.push(first.stop)
    const oneInstance = await commandRuns(first.base, token, POSTGRES_WARM_UP_SECONDS)
    const second = await startServerProcess(cluster.url)
    stops.push(second.stop)
    const balancer = await startRoundRobinProxy([first.base, second.base])
    stops.push(balancer.stop)
    const twoInstances = await commandRuns(balancer.base, token, POSTGRES_WARM_UP_SECONDS)
    return { oneInstance, twoInstances }
  } finally {
    for (const stop of stops.reverse()) await stop()
    await cluster.remove()
  }
}

/**
 * Issue 4's and 11's figures, each server in its own process on loopback: commands/s, p50/p99 and
 * the share of 5xx for a command mix at 32 and 200 connections (autocannon), on SQLite and on
 * PostgreSQL with one instance and with two behind a balancer; p95 of the dashboard queries at 100
 * teams / 2,000 professionals / 40,000 cases; cold start with and without a checkpoint.
 */
export const run = () =>
  withTempDir(async (folder) => {
    const sqlite = await onSqlite(folder)
    const postgres = await onPostgres()
    const all = [sqlite.commands, postgres.oneInstance, postgres.twoInstances].flatMap(Object.values)
    const at32 = sqlite.commands.connections32!
    return {
      seededEvents: sqlite.seededEvents,
      scale: {
        teams: SCALE.teams,
        professionals: SCALE.teams * SCALE.professionalsPerTeam,
        cases: SCALE.teams * SCALE.casesPerTeam,
      },
      commands: {
        seconds: COMMAND_SECONDS,
        mix: COMMAND_MIX,
        sqlite: sqlite.commands,
        postgresOneInstance: postgres.oneInstance,
        postgresTwoInstances: postgres.twoInstances,
      },
      targets: {
        sqliteCommandsPerSecondAt32: { target: '>= 2000', measured: at32.commandsPerSecond },
        sqliteP99MsAt32: { target: '< 25', measured: at32.p99Ms },
        share5xx: { target: 0, measured: Math.max(...all.map((figures) => figures.share5xx)) },
      },
      dashboardQueries: sqlite.dashboardQueries,
      dashboardQueriesAt8Connections: sqlite.dashboardQueriesAt8Connections,
      coldStartMs: sqlite.coldStartMs,
    }
  })

// `npx tsx test/bench/sections/load.ts` runs this section alone and prints its JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ [name]: await run() }, null, 2)}\n`)
  // Pools of the seeding are closed; exit anyway so a stray timer cannot hold the run open.
  process.exit(0)
}
