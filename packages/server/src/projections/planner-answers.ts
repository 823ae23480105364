import {
  type CommandBody,
  casesWaitingFrom,
  type MeetingProposalWithCommands,
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

/** Who a meeting chose for a case waiting for regie: the ids `proposalCommands` reads of an item. */
export interface Choice {
  readonly caseId: string
  readonly regisseurId: string
  readonly practitionerId?: string | undefined
  readonly expertId?: string | undefined
}

const idOnly = (professionalId: string) => ({ professionalId })

/**
 * The commands that record `choice`: `ReleaseRegie` first where the case still records a regisseur
 * who left, is absent or whose registration does not fit (`reason`), then the domain's
 * `proposalCommands`. The one place these are built, for planned items and edited ones alike.
 */
const choiceCommands = (
  team: TeamState,
  teamId: string,
  choice: Choice,
  reason: UnassignedReason | undefined,
): readonly CommandBody[] => {
  const regie = team.cases[choice.caseId]?.regie
  const release =
    regie && reason && reason !== 'no-regisseur'
      ? [
          {
            type: 'ReleaseRegie',
            teamId,
            caseId: choice.caseId,
            professionalId: regie.professionalId,
            reason: RELEASE_REASON[reason],
          },
        ]
      : []
  // proposalCommands reads only the case and the professionals' ids of an item.
  const item = {
    caseId: choice.caseId,
    regisseur: idOnly(choice.regisseurId),
    ...(choice.practitionerId === undefined ? {} : { practitioner: idOnly(choice.practitionerId) }),
    ...(choice.expertId === undefined ? {} : { expert: idOnly(choice.expertId) }),
  } as ProposalItem
  return [...release, ...proposalCommands(teamId, item, team.settings).map(asBody)]
}

const reasonOf = (team: TeamState, caseId: string, date: string) =>
  unassignedRegie(team, date).find((row) => row.caseId === caseId)?.reason

/**
 * The commands that record the meeting's own choice for one case waiting for regie (an edited
 * proposal item): `'unknown'` / `'in-order'` as `rankingFor`, otherwise as `meetingProposalFor`
 * builds them, release included. Whether the choice meets the norm is the decider's to say when
 * the commands are posted (or previewed).
 */
export const commandsForChoice = (
  team: TeamState,
  teamId: string,
  choice: Choice,
  date: string,
): readonly CommandBody[] | 'unknown' | 'in-order' => {
  const view = Object.hasOwn(team.cases, choice.caseId) ? team.cases[choice.caseId] : undefined
  if (!view || view.closedOn !== undefined) return 'unknown'
  const reason = reasonOf(team, choice.caseId, date)
  if (reason === undefined) return 'in-order'
  return choiceCommands(team, teamId, choice, reason)
}

/**
 * A proposal for every case waiting for regie, each item with the commands that record it when the
 * meeting accepts it (see `choiceCommands`). Records nothing.
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
    items: proposal.items.map((item) => ({
      ...item,
      commands: choiceCommands(
        team,
        teamId,
        {
          caseId: item.caseId,
          regisseurId: item.regisseur.professionalId,
          practitionerId: item.practitioner?.professionalId,
          expertId: item.expert?.professionalId,
        },
        reasons.get(item.caseId),
      ),
    })),
  }
}
