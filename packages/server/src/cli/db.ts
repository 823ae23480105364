import { DEFAULT_DATABASE_URL } from '../config.ts'
import { backupCommand } from './db-backup.ts'
import { copyCommand } from './db-copy.ts'
import { restoreCommand } from './db-restore.ts'

/**
 * The operator's command line for whole databases: `npm run db -- <command>`, on the database
 * DATABASE_URL names (default sqlite:./data/tandem.db). A command writes its report to stdout (JSON),
 * progress to stderr, and returns the exit code: 0 done, 1 refused or failed (the message says why),
 * 2 usage.
 */
export type DbCommand = (args: readonly string[], databaseUrl: string) => Promise<number>

const commands: Readonly<Record<string, DbCommand>> = {
  backup: backupCommand,
  restore: restoreCommand,
  copy: copyCommand,
}

const usage = `usage: npm run db -- <${Object.keys(commands).join('|')}>
  backup <file>      online backup of DATABASE_URL to <file>, manifest in <file>.manifest.json
  restore <file>     restore <file> into DATABASE_URL (must be empty), verify it against the manifest
  copy --to <url> [--batch <events>]
                     copy DATABASE_URL's log, accounts and tables to <url> (empty, or an interrupted copy)
DATABASE_URL: sqlite:./path.db or postgres://user@host:5432/db[?schema=name] (default ${DEFAULT_DATABASE_URL})`

const main = async (argv: readonly string[]): Promise<number> => {
  const [name, ...args] = argv
  const command = name === undefined ? undefined : commands[name]
  if (!command) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  try {
    return await command(args, process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
