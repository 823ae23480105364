import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Kysely } from 'kysely'
import { insertAccount } from '../accounts/account-store.ts'
import { createApiToken, createSession } from '../accounts/credentials.ts'
import { parseTarget } from '../cli/db/database-target.ts'
import { connect } from '../cli/db/open-database.ts'
import { loadDemoLog } from '../demo/load-demo-log.ts'
import { memoryLogger } from '../log/logger.ts'
import { openTandem } from '../tandem.ts'

const DB_CLI = resolve(import.meta.dirname, '../cli/db.ts')
const DEMO_LOG = resolve(import.meta.dirname, '../../../../events/demo/demo-team.ndjson')
export const OPERATOR_TOKEN = 'backup-operator-token-0123'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs `npm run db -- <args>` as an operator would: its own process, DATABASE_URL naming the source. */
export const runDb = async (databaseUrl: string, ...args: string[]): Promise<CliRun> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', DB_CLI, ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 64 * 1024 * 1024 },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as CliRun
    return { code, stdout, stderr }
  }
}

/** A PostgreSQL schema as a DATABASE_URL for the db commands. */
export const schemaUrl = (target: { readonly connectionString: string; readonly schema?: string }): string =>
  `${target.connectionString}?schema=${target.schema}`

/**
 * A database as a running Tandem leaves it: the demo team's log, a coach account with a browser
 * session and a bearer token, a command appended under a command id, and the checkpoints the server
 * saves when it stops.
 */
export const seedTandem = async (databaseUrl: string): Promise<void> => {
  const target = parseTarget(databaseUrl)
  const tandem = await openTandem({
    databaseUrl: target.engine === 'sqlite' ? `sqlite:${target.file}` : target.connectionString,
    ...(target.engine === 'postgres' ? { schema: target.schema } : {}),
    adminToken: OPERATOR_TOKEN,
    log: memoryLogger(),
  })
  try {
    await loadDemoLog(tandem.store, DEMO_LOG)
    await tandem.runner.catchUp()
    await insertAccount(tandem.db, {
      id: 'backup-coach',
      username: 'backup-coach',
      displayName: 'Coach',
      role: 'coach',
      passwordHash: undefined,
      professionalId: undefined,
      teamIds: ['demo-noord'],
      createdAt: '2026-01-01T00:00:00Z',
    })
    await createSession(tandem.db, 'backup-coach', new Date())
    await createApiToken(tandem.db, 'backup-coach', 'backup test', new Date())
    const founded = await tandem.app.request('/api/commands', {
      method: 'POST',
      body: JSON.stringify({ type: 'FoundTeam', teamId: 'zuid', name: 'Zuid', commandId: 'found-zuid' }),
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}`, 'content-type': 'application/json' },
    })
    if (founded.status !== 201) throw new Error(`founding zuid answered ${founded.status}`)
  } finally {
    await tandem.close()
  }
}

/**
 * Every row of a table, sorted by `key` in code-unit order (the engines' collations differ), as the
 * database returns it: positions and versions are numbers on both engines.
 */
export const tableRows = async (
  databaseUrl: string,
  table: string,
  key: string,
): Promise<Record<string, unknown>[]> => {
  const opened = connect(parseTarget(databaseUrl))
  try {
    const db = opened.db as unknown as Kysely<Record<string, Record<string, unknown>>>
    const rows = await db.selectFrom(table).selectAll().execute()
    const keyOf = (row: Record<string, unknown>) => row[key] as string | number
    return rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))
  } finally {
    await opened.close()
  }
}
