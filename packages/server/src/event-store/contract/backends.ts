import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import { MemoryEventStore } from '../memory/memory-event-store.ts'
import { memoryTamper } from '../memory/memory-tamper.ts'
import { createPool, type PostgresTarget } from '../postgres/create-pool.ts'
import { openPostgresStore } from '../postgres/open-postgres-store.ts'
import type { EventStoreDatabase } from '../schema/events.table.ts'
import { openSqliteDatabase } from '../sqlite/open-sqlite-database.ts'
import { openSqliteStore } from '../sqlite/open-sqlite-store.ts'
import { type StoreUnderTest, sqlTamper } from './store-under-test.ts'

/**
 * Every backend the contract runs against (after Kysely's DIALECTS list): memory in the unit tier,
 * a SQLite file in the int tier, PostgreSQL at TANDEM_TEST_POSTGRES_URL in the pg tier.
 */

export const memoryBackend: StoreUnderTest = {
  name: 'memory',
  open: async () => {
    const store = new MemoryEventStore()
    return { store, tamper: memoryTamper(store.events), dispose: () => store.close() }
  },
}

/** A SQLite file in a fresh temporary folder, removed again by `remove`. */
export const freshSqliteFile = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'tandem-store-'))
  const file = join(folder, 'events.db')
  return { file, remove: () => rm(folder, { recursive: true, force: true }) }
}

export const sqliteFileBackend: StoreUnderTest = {
  name: 'SQLite file',
  open: async () => {
    const { file, remove } = await freshSqliteFile()
    const store = await openSqliteStore(file)
    const db = new Kysely<EventStoreDatabase>({
      dialect: new SqliteDialect({ database: openSqliteDatabase(file) }),
    })
    return {
      store,
      openAnother: () => openSqliteStore(file),
      tamper: sqlTamper(db),
      dispose: async () => {
        await Promise.all([store.close(), db.destroy()])
        await remove()
      },
    }
  },
}

export const testPostgresUrl = (): string => {
  const url = process.env.TANDEM_TEST_POSTGRES_URL
  if (!url) throw new Error('TANDEM_TEST_POSTGRES_URL is not set')
  return url
}

/** A schema of its own in the test database, so parallel test files never meet; `drop` removes it. */
export const freshPostgresSchema = () => {
  const target: PostgresTarget = {
    connectionString: testPostgresUrl(),
    schema: `t_${randomUUID().replaceAll('-', '')}`,
  }
  const db = new Kysely<EventStoreDatabase>({ dialect: new PostgresDialect({ pool: createPool(target) }) })
  const drop = async () => {
    await sql`drop schema if exists ${sql.id(target.schema!)} cascade`.execute(db)
    await db.destroy()
  }
  return { target, db, drop }
}

export const postgresBackend: StoreUnderTest = {
  name: 'PostgreSQL',
  open: async () => {
    const { target, db, drop } = freshPostgresSchema()
    const store = await openPostgresStore(target)
    return {
      store,
      openAnother: () => openPostgresStore(target),
      tamper: sqlTamper(db),
      dispose: async () => {
        await store.close()
        await drop()
      },
    }
  },
}
