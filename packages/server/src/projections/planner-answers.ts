import {
  casesWaitingFrom,
  type MeetingProposal,
  type ProposalItem,
  planningTeamFrom,
  proposalCommands,
  proposeMeeting,
  type Ranking,
  rankCandidates,
  type TeamState,
  type UnassignedReason,
  unassignedRegie,
} from '@tandem/domain'

/** A command as `POST /api/commands` takes it: `{ type, …fields }`. */
export type CommandBody = { readonly type: string } & Readonly<Record<string, unknown>>

export type ProposalItemWithCommands = ProposalItem & { readonly commands: readonly CommandBody[] }

export type MeetingProposalWithCommands = Omit<MeetingProposal, 'items'> & {
  readonly items: readonly ProposalItemWithCommands[]
}

const asBody = ({ _tag, ...fields }: { readonly _tag: string }): CommandBody => ({ type: _tag, ...fields })

/** Why the meeting takes regie back from the regisseur it still records (the log is Dutch first). */
const RELEASE_REASON: Readonly<Record<Exclude<UnassignedReason, 'no-regisseur'>, string>> = {
  'regisseur-left-team': 'Regie opnieuw belegd in het weekoverleg: de regisseur heeft het team verlaten.',
  'regisseur-absent': 'Regie opnieuw belegd in het weekoverleg: de regisseur is afwezig.',
  'regisseur-unregistered':
    'Regie opnieuw belegd in het weekoverleg: de casus vraagt een geregistreerde regisseur.',
  'regisseur-registration-lapsed':
    'Regie opnieuw belegd in het weekoverleg: de registratie van de regisseur is verlopen.',
}

/**
 * The ranking for one case waiting for regie (issue 6): `'unknown'` when the team has no open case
 * by that id, `'in-order'` when its regie is in order (nothing to plan).
 */
export const rankingFor = (
  team: TeamState,
  caseId: string,
  date: string,
): Ranking | 'unknown' | 'in-order' => {
  const view = Object.hasOwn(team.cases, caseId) ? team.cases[caseId] : undefined
  if (!view || view.closedOn !== undefined) return 'unknown'
  const waiting = casesWaitingFrom(team, date).find((planned) => planned.id === caseId)
  if (!waiting) return 'in-order'
  return rankCandidates({ ...planningTeamFrom(team, date), case: waiting })
}

/**
 * A proposal for every case waiting for regie, each item with the commands that record it when the
 * meeting accepts it: `ReleaseRegie` first where the case still records a regisseur who left, is
 * absent or whose registration does not fit, then the domain's `proposalCommands`. Records nothing.
 */
export const meetingProposalFor = (
  team: TeamState,
  teamId: string,
  date: string,
): MeetingProposalWithCommands => {
  const proposal = proposeMeeting({ ...planningTeamFrom(team, date), cases: casesWaitingFrom(team, date) })
  const reasons = new Map(unassignedRegie(team, date).map((row) => [row.caseId, row.reason]))
  return {
    ...proposal,
    items: proposal.items.map((item) => {
      const regie = team.cases[item.caseId]?.regie
      const reason = reasons.get(item.caseId)
      const release =
        regie && reason && reason !== 'no-regisseur'
          ? [
              {
                type: 'ReleaseRegie',
                teamId,
                caseId: item.caseId,
                professionalId: regie.professionalId,
                reason: RELEASE_REASON[reason],
              },
            ]
          : []
      return { ...item, commands: [...release, ...proposalCommands(teamId, item, team.settings).map(asBody)] }
    }),
  }
}
