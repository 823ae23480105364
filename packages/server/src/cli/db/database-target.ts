import { resolve } from 'node:path'
import { schemaOf } from '../../event-store/postgres/create-pool.ts'

/** A database the db commands read or write, parsed from a DATABASE_URL. */
export type DatabaseTarget =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'postgres'; readonly connectionString: string; readonly schema: string }

/**
 * Parses `sqlite:<file>` or `postgres://…` (also `postgresql://`). A PostgreSQL URL may end in
 * `?schema=<name>` for a schema other than `public`; the parameter is taken off before the URL reaches
 * the driver. `sqlite::memory:` is refused: a backup of it, or a copy into it, would vanish with the
 * process.
 */
export const parseTarget = (url: string): DatabaseTarget => {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length)
    if (file === ':memory:' || file === '')
      throw new Error('the db commands need a SQLite file, not sqlite::memory:')
    return { engine: 'sqlite', file: resolve(file) }
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const parsed = new URL(url)
    const schema = parsed.searchParams.get('schema') ?? 'public'
    parsed.searchParams.delete('schema')
    const target = { engine: 'postgres' as const, connectionString: parsed.toString(), schema }
    schemaOf(target)
    return target
  }
  // Only the scheme is echoed: the rest of a URL may hold a password.
  throw new Error(`a DATABASE_URL must start with sqlite: or postgres://, not ${url.split(':')[0]}:`)
}

/** The target for messages: never the password. */
export const describeTarget = (target: DatabaseTarget): string => {
  if (target.engine === 'sqlite') return `sqlite:${target.file}`
  const { hostname, port, pathname } = new URL(target.connectionString)
  return `postgres://${hostname}${port ? `:${port}` : ''}${pathname} (schema ${target.schema})`
}

/** True when both name the same database (and schema): a copy onto itself is refused. */
export const sameDatabase = (a: DatabaseTarget, b: DatabaseTarget): boolean => {
  if (a.engine === 'sqlite' || b.engine === 'sqlite')
    return a.engine === 'sqlite' && b.engine === 'sqlite' && a.file === b.file
  const where = (t: { readonly connectionString: string; readonly schema: string }) => {
    const { hostname, port, pathname } = new URL(t.connectionString)
    return `${hostname}:${port || 5432}${pathname}#${t.schema}`
  }
  return where(a) === where(b)
}
