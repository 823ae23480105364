import type { AuditCommand } from './audit.ts'

/**
 * `verify`: walks the whole log and prints the report. A log that checks out reports its head
 * position and hash; an auditor who notes them down can later check that the event at that position
 * still carries that hash, which proves that nothing up to it was rewritten since.
 */
export const verifyCommand: AuditCommand = async (store) => {
  const report = await store.verify()
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return report.ok ? 0 : 1
}
