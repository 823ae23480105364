import { mayDecide, type TeamCommand } from '@tandem/domain'
import type { Principal } from '../accounts/principal.ts'
import type { Failure } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'

/**
 * The reads of a team an admin may make, for personnel work (appointing people, contracts,
 * registrations; see the authority table): who is on the team, with registration, contract,
 * absence and room, and the team's settings, which an admin may also change. No case data: not a
 * case, reference, regie or signal of the team, nor its timeline or live stream.
 */
const ADMIN_READS: ReadonlySet<string> = new Set(['professionals', 'settings'])

/**
 * Who may see what (docs/architecture.md#who-may-do-what): professionals and coaches see their own
 * teams; auditors see every team, read-only; admins see only the reads in `ADMIN_READS`, of any
 * team (least privilege: the person who creates logins need not read case data). `read` names the
 * team query asked for; every other read (a case, the planner, the live stream) is case data.
 */
export const canReadTeam = (principal: Principal, teamId: string, read = 'case-data'): boolean => {
  switch (principal.role) {
    case 'auditor':
      return true
    case 'professional':
    case 'coach':
      return principal.teamIds.includes(teamId)
    case 'admin':
      return ADMIN_READS.has(read)
  }
}

/** Throws 403 unless the principal may read the team (case data, or the named read). */
export const assertCanReadTeam = (principal: Principal, teamId: string, read?: string): void => {
  if (!canReadTeam(principal, teamId, read)) throw failures.forbidden()
}

/**
 * Why this principal may not give `command`, or undefined when they may. The role's grant is the
 * domain's authority table (the same check `decide` makes, so a refusal here says who may); the
 * server adds the team's scope: professionals and coaches act for their own teams, admins for any
 * team (they found teams and appoint people), auditors never.
 */
export const commandRefusal = (principal: Principal, command: TeamCommand): Failure | undefined => {
  const refused = mayDecide(command, principal)
  if (refused) return failures.refused(refused)
  return principal.role === 'admin' || principal.teamIds.includes(command.teamId)
    ? undefined
    : failures.forbidden()
}

/** Auditing the whole log (export, verify, replay) is for auditors; admins may verify the chain too. */
export const canExportLog = (principal: Principal): boolean => principal.role === 'auditor'
export const canVerifyLog = (principal: Principal): boolean =>
  principal.role === 'auditor' || principal.role === 'admin'
export const canManageAccounts = (principal: Principal): boolean => principal.role === 'admin'

/**
 * The team's event timeline (actors and reasoning of every decision) is for its coach and for
 * auditors; a professional sees the team's state, not who recorded what.
 */
export const canReadTimeline = (principal: Principal, teamId: string): boolean =>
  principal.role === 'auditor' || (principal.role === 'coach' && principal.teamIds.includes(teamId))

export const assertCanReadTimeline = (principal: Principal, teamId: string): void => {
  if (!canReadTimeline(principal, teamId)) throw failures.forbidden()
}

/**
 * The teams a principal may list: auditors and admins every team (admins see only ids and names,
 * to appoint coaches and members), professionals and coaches their own.
 */
export const listableTeams = (principal: Principal, known: readonly string[]): readonly string[] =>
  principal.role === 'auditor' || principal.role === 'admin'
    ? known
    : known.filter((teamId) => principal.teamIds.includes(teamId))
