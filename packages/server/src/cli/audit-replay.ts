import { caseloadBalance, normAudit, unassignedRegie } from '@tandem/domain'
import { Result } from 'effect'
import { cut, parseAsOf } from '../projections/as-of.ts'
import { foldIntoViews, initialTeamViews, type TeamViews, toProjected } from '../projections/team-views.ts'
import type { AuditCommand } from './audit.ts'
import { option } from './audit-export.ts'

/**
 * `replay --as-of <position|ISO moment> [--team <teamId>]`: folds the log as it stood then (the one
 * "as of" rule of projections/as-of.ts, as the HTTP reads apply it) and prints, per team, what the
 * team knew: caseload balance, unassigned regie and the norm audit (every exemption and deviation
 * with its reasoning), as JSON. `asOf` says where the report really stands: the last event it
 * includes (of the one team with `--team`), and the day its questions are about.
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
  const at = cut(asOf)
  read: for await (const batch of store.readAll({ to: at.readTo(await store.head()), batchSize: 5000 })) {
    for (const stored of batch) {
      const projected = toProjected(stored)
      const ours = only === undefined || projected?.event.teamId === only
      if (ours && at.includes(stored) && projected) {
        const views = teams.get(projected.event.teamId) ?? initialTeamViews()
        teams.set(projected.event.teamId, views)
        foldIntoViews(views, projected)
      }
      if (at.pastEnd(stored)) break read
    }
  }
  const { position, date } = at.standing
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
