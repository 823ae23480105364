import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, expect, it } from 'vitest'
import { freshPostgresSchema } from '../contract/backends.ts'
import { servingClientConfig } from './create-pool.ts'

const { db, drop, target } = freshPostgresSchema()
afterAll(drop)

it('commits synchronously on every store connection, whatever the server default', async () => {
  const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db)
  expect(rows[0]!.synchronous_commit).toBe('on')
})

it('reads int8 as a number up to 2^53 − 1', async () => {
  const { rows } = await sql<{ value: number }>`select 9007199254740991::int8 as value`.execute(db)
  expect(rows[0]!.value).toBe(Number.MAX_SAFE_INTEGER)
})

it('refuses an int8 a number cannot hold exactly', async () => {
  await expect(sql`select 9007199254740993::int8 as value`.execute(db)).rejects.toThrow(RangeError)
})

it('gives a serving connection statement and idle-in-transaction timeouts, and bulk connections none', async () => {
  const serving = new pg.Client(servingClientConfig(target))
  await serving.connect()
  try {
    const show = async (client: pg.Client, setting: string) =>
      (await client.query(`show ${setting}`)).rows[0]![setting] as string
    expect(await show(serving, 'statement_timeout')).toBe('5s')
    expect(await show(serving, 'idle_in_transaction_session_timeout')).toBe('10s')
    const { rows } = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(db)
    expect(rows[0]!.statement_timeout).toBe('0')
  } finally {
    await serving.end()
  }
})
