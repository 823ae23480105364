import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Runs a PostgreSQL client tool (pg_dump, pg_restore) against a connection string. The password
 * goes in PGPASSWORD, not on the command line, where any user of the machine could read it.
 */
export const runPostgresTool = async (
  tool: 'pg_dump' | 'pg_restore',
  connectionString: string,
  args: readonly string[],
): Promise<string> => {
  const url = new URL(connectionString)
  const password = decodeURIComponent(url.password)
  url.password = ''
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }
  try {
    const { stdout } = await run(tool, [...args, '--no-password', `--dbname=${url.toString()}`], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    })
    return stdout
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: unknown }
    if (code === 'ENOENT')
      throw new Error(`${tool} is not installed (or not on PATH); see the README, "Backups"`)
    throw new Error(`${tool} failed: ${(stderr ?? String(error)).trim()}`)
  }
}

/** `pg_dump (PostgreSQL) 15.20 …`, recorded in the manifest. */
export const toolVersion = async (tool: 'pg_dump' | 'pg_restore'): Promise<string> => {
  try {
    return (await run(tool, ['--version'])).stdout.trim()
  } catch {
    throw new Error(`${tool} is not installed (or not on PATH); see the README, "Backups"`)
  }
}
