import { sql } from 'kysely'
import { afterAll, expect, it } from 'vitest'
import { freshPostgresSchema } from '../contract/backends.ts'

const { db, drop } = freshPostgresSchema()
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
