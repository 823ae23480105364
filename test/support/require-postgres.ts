import pg from 'pg'

/**
 * Global setup of the `pg` test tier: PostgreSQL tests must run, not skip, when CI asks for them,
 * so an unreachable database fails the run here with the address it tried.
 */
export default async function requirePostgres(): Promise<void> {
  const url = process.env.TANDEM_TEST_POSTGRES_URL
  if (!url)
    throw new Error('TANDEM_TEST_POSTGRES_URL is not set: the pg tier needs a PostgreSQL to test against')
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (cause) {
    throw new Error(`PostgreSQL at ${url} is unreachable: ${String(cause)}`)
  } finally {
    await client.end().catch(() => undefined)
  }
}
