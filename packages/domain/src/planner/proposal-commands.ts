import type { AddCaseMember, AssignRegie } from '../commands/case-commands.ts'
import type { TeamSettings } from '../shared/team-settings.ts'
import type { ProposalItem } from './propose-meeting.ts'

/**
 * The ordinary decisions an accepted item becomes, in the order the decider needs them: regie first,
 * because a tandem practitioner joins under a registered regisseur (R4); then a gezinshuis case's
 * behavioural scientist (R5), so its gezinshuisouders can join after. The planner itself records
 * nothing; the meeting sends these (with its meeting id in the metadata) like any other decision.
 */
export const proposalCommands = (
  teamId: string,
  item: ProposalItem,
  settings: TeamSettings,
): readonly (typeof AssignRegie.Type | typeof AddCaseMember.Type)[] => [
  { _tag: 'AssignRegie', teamId, caseId: item.caseId, professionalId: item.regisseur.professionalId },
  ...(item.expert
    ? [
        {
          _tag: 'AddCaseMember' as const,
          teamId,
          caseId: item.caseId,
          professionalId: item.expert.professionalId,
          role: 'behavioural-scientist' as const,
        },
      ]
    : []),
  ...(item.practitioner
    ? [
        {
          _tag: 'AddCaseMember' as const,
          teamId,
          caseId: item.caseId,
          professionalId: item.practitioner.professionalId,
          role: 'tandem-practitioner' as const,
          contactIntervalDays: settings.tandemContactIntervalDays,
        },
      ]
    : []),
]
