import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { insertAccount } from '../../../packages/server/src/accounts/account-store.ts'
import { createApiToken } from '../../../packages/server/src/accounts/credentials.ts'
import { openServerDatabase } from '../../../packages/server/src/db/open-server-database.ts'
import { openSqliteStore } from '../../../packages/server/src/event-store/sqlite/open-sqlite-store.ts'
import { startServerProcess } from '../../support/server-process.ts'
import { withTempDir } from '../bench-data.ts'
import { load } from '../load/query-load.ts'
import { caseIdOf, professionalIdOf, SCALE, seedTeams, teamIdOf } from '../load/seed-teams.ts'

export const name = 'load'

const CONNECTIONS = 32
const COMMAND_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10)
const WARM_UP_SECONDS = 3
const QUERY_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8)

const pick = (n: number) => Math.floor(Math.random() * n)

/** The command mix: half new cases, a third re-assessments, the rest contract changes, over all teams. */
const commandBody = (() => {
  let next = 0
  return () => {
    const t = pick(SCALE.teams)
    const teamId = teamIdOf(t)
    const roll = Math.random()
    if (roll < 0.5) {
      next++
      return {
        type: 'RegisterCase',
        teamId,
        caseId: `load-${next}`,
        reference: `L-${next}`,
        receivedOn: '2026-03-01',
        setting: 'ambulant',
        expertiseNeeded: [],
      }
    }
    if (roll < 0.83)
      return {
        type: 'AssessCase',
        teamId,
        caseId: caseIdOf(t, pick(SCALE.casesPerTeam)),
        indicators: {
          unsafe: roll < 0.6,
          heavyResponsibility: false,
          complexProblems: true,
          highImpact: false,
        },
        intensity: 'heavy',
        reasoning: 'Herbeoordeeld in het verdeeloverleg.',
      }
    return {
      type: 'ChangeContract',
      teamId,
      professionalId: professionalIdOf(t, pick(SCALE.professionalsPerTeam)),
      contractHours: 24 + pick(13),
    }
  }
})()

const DASHBOARD = ['balance', 'agenda', 'unassigned-regie', 'waiting-list', 'tandems', 'my-week'] as const

const dashboardPath = () => {
  const t = pick(SCALE.teams)
  const query = DASHBOARD[pick(DASHBOARD.length)]!
  const professional =
    query === 'my-week' ? `?professionalId=${professionalIdOf(t, pick(SCALE.professionalsPerTeam))}` : ''
  return `/api/teams/${teamIdOf(t)}/${query}${professional}`
}

/**
 * Issue 4's figures on a temp SQLite file, the server in its own process on loopback: commands/s and
 * p50/p99 for a command mix with 32 connections (autocannon), p95 of the dashboard queries at 100
 * teams / 2,000 professionals / 40,000 cases, and cold start with and without a checkpoint.
 */
export const run = () =>
  withTempDir(async (folder) => {
    const file = join(folder, 'load.db')
    const store = await openSqliteStore(file)
    const seededEvents = await seedTeams(store)
    await store.close()
    const db = await openServerDatabase({ url: `sqlite:${file}` })
    await insertAccount(db, {
      id: 'bench-coach',
      username: 'bench-coach',
      displayName: 'Bench coach',
      role: 'coach',
      passwordHash: undefined,
      professionalId: undefined,
      teamIds: Array.from({ length: SCALE.teams }, (_, t) => teamIdOf(t)),
      createdAt: new Date().toISOString(),
    })
    const token = await createApiToken(db, 'bench-coach', 'bench', new Date())
    await db.destroy()

    const server = await startServerProcess(`sqlite:${file}`)
    const coldStartWithoutCheckpointMs = Math.round(server.readyMs)
    let commands: Awaited<ReturnType<typeof load>>
    let queries: Awaited<ReturnType<typeof load>>
    let queriesAtEight: Awaited<ReturnType<typeof load>>
    try {
      // Unmeasured warm-up: the server loads each team's decision state on first use (and in the
      // background after start); the figures are for the running server, not its first seconds.
      await load(server.base, token, () => ({ method: 'POST', path: '/api/commands', body: commandBody() }), {
        connections: CONNECTIONS,
        seconds: WARM_UP_SECONDS,
      })
      commands = await load(
        server.base,
        token,
        () => ({ method: 'POST', path: '/api/commands', body: commandBody() }),
        {
          connections: CONNECTIONS,
          seconds: COMMAND_SECONDS,
        },
      )
      // The first read of each answer after the command run computes it; a dashboard is then read
      // many times per change, so the figures are for answers already computed once.
      await load(server.base, token, () => ({ method: 'GET', path: dashboardPath() }), {
        connections: CONNECTIONS,
        seconds: WARM_UP_SECONDS,
      })
      queries = await load(server.base, token, () => ({ method: 'GET', path: dashboardPath() }), {
        connections: CONNECTIONS,
        seconds: QUERY_SECONDS,
      })
      queriesAtEight = await load(server.base, token, () => ({ method: 'GET', path: dashboardPath() }), {
        connections: 8,
        seconds: QUERY_SECONDS,
      })
    } finally {
      await server.stop()
    }
    const restarted = await startServerProcess(`sqlite:${file}`)
    await restarted.stop()

    return {
      seededEvents,
      scale: {
        teams: SCALE.teams,
        professionals: SCALE.teams * SCALE.professionalsPerTeam,
        cases: SCALE.teams * SCALE.casesPerTeam,
      },
      connections: CONNECTIONS,
      commands: {
        seconds: COMMAND_SECONDS,
        mix: '50% RegisterCase, 33% AssessCase, 17% ChangeContract over 100 teams',
        commandsPerSecond: commands.requestsPerSecond,
        ...commands,
      },
      dashboardQueries: { seconds: QUERY_SECONDS, queries: DASHBOARD, ...queries },
      dashboardQueriesAt8Connections: queriesAtEight,
      coldStartMs: {
        withoutCheckpoint: coldStartWithoutCheckpointMs,
        withCheckpoint: Math.round(restarted.readyMs),
      },
    }
  })

// `npx tsx test/bench/sections/load.ts` runs this section alone and prints its JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ [name]: await run() }, null, 2)}\n`)
}
