import type { TeamEvent } from '../events/index.ts'
import { evolveCase } from './evolve-case.ts'
import { evolveProfessional } from './evolve-professional.ts'
import type { FoundedTeam, TeamDecisionState } from './state.ts'
import { withEntry } from './with-entry.ts'

/**
 * Folds one event into the state. Total over the catalogue and never fails: events are facts, so an
 * event that does not fit the state (which `decide` never emits) leaves the state as it is.
 */
export const evolve = (state: TeamDecisionState, event: TeamEvent): TeamDecisionState => {
  if (event._tag === 'TeamFounded') {
    return {
      status: 'founded',
      teamId: event.teamId,
      settings: event.settings,
      professionals: new Map(),
      cases: new Map(),
      sessions: new Map(),
      signals: new Map(),
      meetings: new Set(),
    }
  }
  return state.status === 'founded' ? evolveFounded(state, event) : state
}

const evolveFounded = (state: FoundedTeam, event: TeamEvent): FoundedTeam => {
  switch (event._tag) {
    case 'TeamFounded':
      return state
    case 'TeamSettingsChanged':
      return { ...state, settings: event.settings }
    case 'MeetingOpened':
      return {
        ...state,
        meetings: new Set(state.meetings).add(event.meetingId),
        openMeetingId: event.meetingId,
      }
    case 'MeetingClosed': {
      const { openMeetingId: _closed, ...rest } = state
      return rest
    }
    case 'ProfessionalJoined':
    case 'ContractChanged':
    case 'RegistrationRecorded':
    case 'RegistrationRenewed':
    case 'RegistrationEnded':
    case 'ExpertiseRecorded':
    case 'AbsenceRecorded':
    case 'ProfessionalLeftTeam':
      return evolveProfessional(state, event)
    case 'CaseRegistered':
    case 'CaseAssessed':
    case 'RegieAssigned':
    case 'RegieReleased':
    case 'CaseMemberAdded':
    case 'CaseMemberRemoved':
    case 'TandemContactRecorded':
    case 'PlanEstablished':
    case 'CaseClosed':
      return evolveCase(state, event)
    case 'ReflectionSessionPlanned':
      return { ...state, sessions: withEntry(state.sessions, event.sessionId, { status: 'planned' }) }
    case 'ReflectionSessionHeld':
      return { ...state, sessions: withEntry(state.sessions, event.sessionId, { status: 'held' }) }
    case 'ReflectionSessionCancelled':
      return { ...state, sessions: withEntry(state.sessions, event.sessionId, { status: 'cancelled' }) }
    case 'WorkloadSignalRaised':
      return { ...state, signals: withEntry(state.signals, event.signalId, { status: 'open' }) }
    case 'WorkloadSignalAnswered':
      return { ...state, signals: withEntry(state.signals, event.signalId, { status: 'answered' }) }
    default: {
      const unhandled: never = event
      return unhandled
    }
  }
}
