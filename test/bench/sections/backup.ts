import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { copyDatabase } from '../../../packages/server/src/cli/db/copy-database.ts'
import { restoreBackup } from '../../../packages/server/src/cli/db/restore-backup.ts'
import { takeBackup } from '../../../packages/server/src/cli/db/take-backup.ts'
import { perSecond, withTempDir } from '../bench-data.ts'
import { domainLog } from '../domain/domain-log.ts'

export const name = 'backup'

const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ??
  process.env.TANDEM_TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/test'
const SCHEMA = `bench_copy_${process.pid}`
/** Backup and restore run this often, alternating with the raw read; each one's best round counts. */
const ROUNDS = 2

/**
 * docs/architecture.md#figures: backup, restore and copy to PostgreSQL of the 1,000,000-event domain log
 * (domain/domain-log.ts), each at least half the raw rate of reading that log, measured in the same
 * run: raw better-sqlite3 `iterate()` + JSON.parse of data and metadata. Raw read, backup and restore
 * alternate over two rounds and the best of each counts (these machines are noisy); the copy, which
 * takes longest, runs once.
 *
 * Each runs through the functions the `npm run db` commands run (without the process start):
 * backup = VACUUM INTO + SHA-256 + manifest; restore = SHA-256 check + file copy + a verify that
 * recomputes every hash; copy = events, command ids and server tables into a fresh PostgreSQL schema
 * and a verify of the target (each phase also reported).
 */
export const run = async (): Promise<object> => {
  const log = await domainLog()
  return withTempDir(async (folder) => {
    const rawMs: number[] = []
    const backupMs: number[] = []
    const restoreMs: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const backupFile = join(folder, `bench-backup-${round}.db`)
      rawMs.push(timed(() => readRaw(log.file)))
      backupMs.push(await timedAsync(() => takeBackup({ engine: 'sqlite', file: log.file }, backupFile)))
      restoreMs.push(
        await timedAsync(() =>
          restoreBackup(backupFile, { engine: 'sqlite', file: join(folder, `restored-${round}.db`) }),
        ),
      )
      await Promise.all(
        [backupFile, `${backupFile}.manifest.json`, join(folder, `restored-${round}.db`)].map((file) =>
          rm(file, { force: true }),
        ),
      )
    }
    const rawEventsPerSecond = perSecond(log.events, Math.min(...rawMs))
    const rate = (ms: number) => {
      const eventsPerSecond = perSecond(log.events, ms)
      return {
        ms: Math.round(ms),
        eventsPerSecond,
        ofRaw: Number((eventsPerSecond / rawEventsPerSecond).toFixed(2)),
      }
    }
    return {
      events: log.events,
      rawEventsPerSecond,
      backup: rate(Math.min(...backupMs)),
      restore: rate(Math.min(...restoreMs)),
      copyToPostgres: await copyToPostgres(log.file, rate),
      target: 'each eventsPerSecond >= 0.5 x rawEventsPerSecond (ofRaw >= 0.5; docs/architecture.md#figures)',
    }
  })
}

const copyToPostgres = async (file: string, rate: (ms: number) => object): Promise<object> => {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: POSTGRES_URL, max: 1 }) }),
  })
  try {
    try {
      await sql`select 1`.execute(admin)
    } catch (error) {
      return { skipped: `no PostgreSQL at ${POSTGRES_URL}: ${String(error)}` }
    }
    const started = performance.now()
    const report = await copyDatabase(
      { engine: 'sqlite', file },
      { engine: 'postgres', connectionString: POSTGRES_URL, schema: SCHEMA },
      { batchSize: 5000, say: (line) => process.stderr.write(`bench: ${line}\n`) },
    )
    const ms = performance.now() - started
    if (!report.ok) throw new Error(`the copy does not verify: ${JSON.stringify(report.target.verify)}`)
    return {
      ...rate(ms),
      phases: { eventsAndTables: rate(report.ms.copy), verify: rate(report.ms.verify) },
    }
  } finally {
    await sql`drop schema if exists ${sql.id(SCHEMA)} cascade`.execute(admin).catch(() => undefined)
    await admin.destroy()
  }
}

const timed = (read: () => number) => {
  const start = performance.now()
  read()
  return performance.now() - start
}

const timedAsync = async (work: () => Promise<unknown>) => {
  const start = performance.now()
  await work()
  return performance.now() - start
}

const readRaw = (file: string) => {
  const database = new Database(file, { readonly: true })
  try {
    let events = 0
    for (const row of database.prepare('select * from events order by position').iterate() as Iterable<{
      data: string
      metadata: string
    }>) {
      JSON.parse(row.data)
      JSON.parse(row.metadata)
      events++
    }
    return events
  } finally {
    database.close()
  }
}

// `npx tsx test/bench/sections/backup.ts` runs this section alone and prints its JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ [name]: await run() }, null, 2)}\n`)
}
