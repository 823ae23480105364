import { caseloadBalance, normAudit, unassignedRegie } from '@tandem/domain'
import { Result } from 'effect'
import { parseAsOf } from '../projections/as-of.ts'
import { foldIntoViews, initialTeamViews, type TeamViews, toProjected } from '../projections/team-views.ts'
import type { AuditCommand } from './audit.ts'
import { option } from './audit-export.ts'

/**
 * `replay --as-of <position|ISO moment> [--team <teamId>]`: folds the log as it stood then and prints,
 * per team, what the team knew: caseload balance, unassigned regie and the norm audit (every
 * exemption and deviation with its reasoning), as JSON.
 */
export const replayCommand: AuditCommand = async (store, args) => {
  const parsed = parseAsOf(option(args, 'as-of'))
  const asOf = Result.getOrUndefined(parsed)
  if (!asOf) {
    process.stderr.write('--as-of must be a log position (1, 2, …) or an ISO 8601 date or moment\n')
    return 2
  }
  const only = option(args, 'team')
  const teams = new Map<string, TeamViews>()
  let position = 0
  let recordedAt = ''
  const to = 'position' in asOf ? asOf.position : await store.head()
  read: for await (const batch of store.readAll({ to, batchSize: 5000 })) {
    for (const stored of batch) {
      if ('moment' in asOf && stored.recordedAt > asOf.moment) break read
      position = stored.position
      recordedAt = stored.recordedAt
      const projected = toProjected(stored)
      if (!projected || (only !== undefined && projected.event.teamId !== only)) continue
      const views = teams.get(projected.event.teamId) ?? initialTeamViews()
      teams.set(projected.event.teamId, views)
      foldIntoViews(views, projected)
    }
  }
  const date =
    'moment' in asOf ? asOf.moment.slice(0, 10) : (recordedAt || new Date(0).toISOString()).slice(0, 10)
  const report = {
    asOf: { position, date },
    teams: Object.fromEntries(
      [...teams].map(([teamId, views]) => [
        teamId,
        {
          name: views.team.name,
          balance: caseloadBalance(views.team, date),
          unassignedRegie: unassignedRegie(views.team, date),
          normAudit: normAudit(views.team, date),
        },
      ]),
    ),
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return 0
}
