import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** A fresh PostgreSQL schema for one test file, and a way to drop it afterwards. */
export const pgSchema = () => {
  const url = process.env.TANDEM_TEST_POSTGRES_URL
  if (!url) throw new Error('TANDEM_TEST_POSTGRES_URL is not set')
  const schema = `api_${randomBytes(6).toString('hex')}`
  return {
    url,
    schema,
    async drop() {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    },
  }
}
