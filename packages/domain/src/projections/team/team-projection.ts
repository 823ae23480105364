import type { TeamEvent } from '../../events/index.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import { dateOf } from '../dates.ts'
import type { ProjectedEvent, Projection } from '../projection.ts'
import { closeWeeksBefore } from './balance-history.ts'
import { evolveCase } from './evolve-case.ts'
import { evolveProfessional } from './evolve-professional.ts'
import { initialTeamState, type TeamState } from './team-state.ts'

/**
 * The team fold behind caseload balance, unassigned regie, the meeting agenda, waiting list, tandem
 * health, norm audit and my week. `evolve` mutates the state it is given (see `Projection`): each
 * event touches one professional, one case, one signal or the meeting, so an event costs O(1) apart
 * from the once-a-week balance snapshot.
 */
export const teamProjection: Projection<TeamState> = {
  name: 'team',
  // 2: case timelines record members and assessment indicators (norm gaps)
  version: 2,
  initial: initialTeamState,
  evolve: (state, stored) => {
    closeWeeksBefore(state, dateOf(stored.metadata.occurredAt))
    applyEvent(state, stored, dateOf(stored.metadata.occurredAt))
    return state
  },
}

const applyEvent = (state: TeamState, stored: ProjectedEvent, on: DateOnly): void => {
  const event: TeamEvent = stored.event
  switch (event._tag) {
    case 'TeamFounded':
      state.teamId = event.teamId
      state.name = event.name
      state.foundedOn = event.foundedOn
      state.settings = event.settings
      return
    case 'TeamSettingsChanged':
      state.settings = event.settings
      return
    case 'MeetingOpened':
      state.openMeeting = { id: event.meetingId, heldOn: event.heldOn, present: [...event.present] }
      return
    case 'MeetingClosed':
      if (state.openMeeting?.id === event.meetingId) state.openMeeting = null
      return
    case 'WorkloadSignalRaised':
      state.signals[event.signalId] = {
        id: event.signalId,
        professionalId: event.professionalId,
        raisedOn: event.raisedOn,
        description: event.description,
      }
      return
    case 'WorkloadSignalAnswered': {
      const signal = state.signals[event.signalId]
      if (signal) {
        signal.answeredOn = event.answeredOn
        signal.answer = event.answer
      }
      return
    }
    case 'ProfessionalJoined':
    case 'ContractChanged':
    case 'RegistrationRecorded':
    case 'RegistrationRenewed':
    case 'RegistrationEnded':
    case 'ExpertiseRecorded':
    case 'AbsenceRecorded':
    case 'ProfessionalLeftTeam':
      evolveProfessional(state, event, on)
      return
    case 'CaseRegistered':
    case 'CaseAssessed':
    case 'RegieAssigned':
    case 'RegieReleased':
    case 'CaseMemberAdded':
    case 'CaseMemberRemoved':
    case 'TandemContactRecorded':
    case 'PlanEstablished':
    case 'CaseClosed':
      evolveCase(state, event, stored, on)
      return
    case 'ReflectionSessionPlanned':
    case 'ReflectionSessionHeld':
    case 'ReflectionSessionCancelled':
      // Reflection has its own fold (reflectionProjection); these views do not need it.
      return
    default: {
      const unhandled: never = event
      throw new Error(`teamProjection: unhandled event ${JSON.stringify(unhandled)}`)
    }
  }
}
