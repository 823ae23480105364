import { existsSync } from 'node:fs'
import type { EventStore } from '../event-store/event-store.ts'
import { openEventStore } from '../event-store/open-event-store.ts'
import { exportCommand } from './audit-export.ts'
import { replayCommand } from './audit-replay.ts'
import { verifyCommand } from './audit-verify.ts'

/**
 * The auditor's command line: `npm run audit -- <command>`, on the log DATABASE_URL names (default
 * sqlite:./data/tandem.db). Each command writes its result to stdout and returns the exit code.
 */
export type AuditCommand = (store: EventStore, args: readonly string[]) => Promise<number>

const commands: Readonly<Record<string, AuditCommand>> = {
  verify: verifyCommand,
  export: exportCommand,
  replay: replayCommand,
}

const usage = `usage: npm run audit -- <${Object.keys(commands).join('|')}>
  verify   check every event's content, order and hash chain; prints a JSON report, exits 1 if broken
  export [--from <position>]
           the log as NDJSON on stdout, from the position up to the head
  replay --as-of <position|ISO moment> [--team <teamId>]
           what each team knew then: balance, unassigned regie, norm audit (JSON)
DATABASE_URL: sqlite:./path.db or postgres://user@host:5432/db (default sqlite:./data/tandem.db)`

const main = async (argv: readonly string[]): Promise<number> => {
  const [name, ...args] = argv
  const command = name === undefined ? undefined : commands[name]
  if (!command) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  const url = process.env.DATABASE_URL ?? 'sqlite:./data/tandem.db'
  // Opening a store creates a missing SQLite file; an auditor with a mistyped path must hear so instead.
  if (url.startsWith('sqlite:') && url !== 'sqlite::memory:' && !existsSync(url.slice('sqlite:'.length))) {
    process.stderr.write(`no database at ${url}\n`)
    return 2
  }
  const store = await openEventStore(url)
  try {
    return await command(store, args)
  } finally {
    await store.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
