import { resolve } from 'node:path'

/** Everything the server reads from its environment, decoded once at start-up. */
export interface Config {
  /** `sqlite:<file>` (the embedded default) or `postgres://…` for several instances on one database. */
  readonly databaseUrl: string
  readonly port: number
  /** Demo mode loads the demo log on an empty database and creates the demo accounts; on unless `TANDEM_DEMO=0`. */
  readonly demo: boolean
  /** When set, accepted as an admin bearer token (for operators and scripts). */
  readonly adminToken: string | undefined
  /** The Vite build of packages/web, served at `/`. */
  readonly webDist: string
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/tandem.db'

/** Reads the configuration; throws with the variable's name when a value cannot be used. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const port = Number(env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0–65535, got ${env.PORT}`)
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl))
    throw new Error('DATABASE_URL must start with sqlite: or postgres://')
  const adminToken = env.TANDEM_ADMIN_TOKEN || undefined
  // A short admin token would be guessable; refuse it rather than run with a weak operator secret.
  if (adminToken !== undefined && adminToken.length < 16)
    throw new Error('TANDEM_ADMIN_TOKEN must be at least 16 characters')
  return {
    databaseUrl,
    port,
    demo: env.TANDEM_DEMO !== '0',
    adminToken,
    webDist: resolve(import.meta.dirname, '../../web/dist'),
  }
}
