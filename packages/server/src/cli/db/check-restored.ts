import type { VerifyReport } from '../../event-store/event-store.ts'
import type { Manifest } from './manifest.ts'
import { RestoreRefused } from './restore-refused.ts'

/** What a restore proved: the restored log verifies, and ends at the manifest's head. */
export interface RestoredLog {
  readonly head: number
  readonly headHash: string
  readonly eventsChecked: number
}

/**
 * Refuses unless the restored log's verify report (every hash recomputed) checks out and ends
 * exactly at the manifest's head: a backup that verifies but stops short, or goes further, is not
 * the backup the manifest describes.
 */
export const checkRestored = (report: VerifyReport, backupFile: string, manifest: Manifest): RestoredLog => {
  if (!report.ok)
    throw new RestoreRefused(
      backupFile,
      'chain',
      `the restored log fails verify at position ${report.position} (${report.problem}: ${report.detail})`,
    )
  if (
    report.head !== manifest.head.position ||
    report.headHash !== manifest.head.hash ||
    report.eventsChecked !== manifest.events
  )
    throw new RestoreRefused(
      backupFile,
      'head',
      `the restored log ends at position ${report.head} (hash ${report.headHash}), ` +
        `the manifest at ${manifest.head.position} (hash ${manifest.head.hash}, ${manifest.events} events)`,
    )
  return { head: report.head, headHash: report.headHash, eventsChecked: report.eventsChecked }
}
