import pg from 'pg'
import { DatabaseFileUnusable } from '../event-store/errors.ts'

/**
 * The one line to print when the server cannot start on its database for a reason only an operator
 * can fix (a file it may not write, a wrong password, a database that does not exist), or undefined
 * when the error is not one of those. A database that is merely unreachable is not among them: the
 * server waits for it (main.ts).
 */
export const startupProblem = (error: unknown): string | undefined => {
  if (error instanceof DatabaseFileUnusable) return error.message
  if (!(error instanceof pg.DatabaseError) || error.code === undefined) return undefined
  const { code } = error
  // Class 28 is "invalid authorization": the server's message names the user, never the password.
  if (code.startsWith('28'))
    return `Tandem cannot log in to PostgreSQL (${code}): ${error.message}. Check the user and password in DATABASE_URL.`
  if (code === '3D000')
    return `Tandem cannot start on PostgreSQL (${code}): ${error.message}. Create it (createdb) or correct DATABASE_URL.`
  if (code === '42501')
    return `Tandem cannot create its tables on PostgreSQL (${code}): ${error.message}. Grant the user CREATE on the database, or use a user that owns it.`
  return undefined
}
