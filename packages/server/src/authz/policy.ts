import type { Principal } from '../accounts/principal.ts'
import { httpErrors } from '../http/api-error.ts'

/**
 * Who may see what (issue 4, DESIGN.md §6): professionals and coaches see their own teams; auditors
 * see every team, read-only; admins manage accounts and see no team's data (least privilege: the
 * person who creates logins need not read case data).
 */
export const canReadTeam = (principal: Principal, teamId: string): boolean => {
  switch (principal.role) {
    case 'auditor':
      return true
    case 'professional':
    case 'coach':
      return principal.teamIds.includes(teamId)
    case 'admin':
      return false
  }
}

/** Throws 403 unless the principal may read the team. */
export const assertCanReadTeam = (principal: Principal, teamId: string): void => {
  if (!canReadTeam(principal, teamId)) throw httpErrors.forbidden()
}

/** Commands only a coach may give: the team's settings and the answer to a workload signal (issue 4). */
const COACH_COMMANDS: ReadonlySet<string> = new Set(['ChangeTeamSettings', 'AnswerWorkloadSignal'])

/** Founding a team is an organisational act of an admin, who then appoints its coach and members. */
const FOUNDING_COMMAND = 'FoundTeam'

/** May this principal give `commandType` for `teamId`? Auditors never write. */
export const canCommand = (principal: Principal, commandType: string, teamId: string): boolean => {
  switch (principal.role) {
    case 'auditor':
      return false
    case 'admin':
      return commandType === FOUNDING_COMMAND
    case 'coach':
      return principal.teamIds.includes(teamId) && commandType !== FOUNDING_COMMAND
    case 'professional':
      return (
        principal.teamIds.includes(teamId) &&
        !COACH_COMMANDS.has(commandType) &&
        commandType !== FOUNDING_COMMAND
      )
  }
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
  if (!canReadTimeline(principal, teamId)) throw httpErrors.forbidden()
}

/**
 * The teams a principal may list: auditors and admins every team (admins see only ids and names,
 * to appoint coaches and members), professionals and coaches their own.
 */
export const listableTeams = (principal: Principal, known: readonly string[]): readonly string[] =>
  principal.role === 'auditor' || principal.role === 'admin'
    ? known
    : known.filter((teamId) => principal.teamIds.includes(teamId))
