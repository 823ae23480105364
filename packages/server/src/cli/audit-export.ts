import { once } from 'node:events'
import type { AuditCommand } from './audit.ts'

/** Reads `--name value` from the arguments. */
export const option = (args: readonly string[], name: string): string | undefined => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : undefined
}

/**
 * `export [--from <position>]`: the log as NDJSON on stdout, one stored event (with its hashes) per
 * line, from the position up to the head as it was when the export began, so the file is one
 * consistent prefix that `verify`-style tools can check line by line.
 */
export const exportCommand: AuditCommand = async (store, args) => {
  const from = Number(option(args, 'from') ?? 1)
  if (!Number.isSafeInteger(from) || from < 1) {
    process.stderr.write('--from must be a position ≥ 1\n')
    return 2
  }
  const to = await store.head()
  for await (const batch of store.readAll({ from, to, batchSize: 2000 })) {
    const chunk = batch.map((event) => `${JSON.stringify(event)}\n`).join('')
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain')
  }
  return 0
}
