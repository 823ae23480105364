import type { TeamEvent } from '../events/index.ts'
import { evolveCase } from './evolve-case.ts'
import { evolveProfessional } from './evolve-professional.ts'
import type { FoundedTeam, TeamDecisionState } from './state.ts'
import { type EntryWriter, intoEntry, withEntry } from './with-entry.ts'

/**
 * Folds one event into the state. Total over the catalogue and never fails: events are facts, so an
 * event that does not fit the state (which `decide` never emits) leaves the state as it is. Pure:
 * the state passed in is left as it was.
 */
export const evolve = (state: TeamDecisionState, event: TeamEvent): TeamDecisionState =>
  evolveWith(state, event, withEntry)

/**
 * The same fold as `evolve` with the same result, for a state only the caller holds (a cache's
 * working copy): it writes the touched entry into the state's maps instead of copying them, so the
 * state passed in must not be read again, by the caller or anyone it shared it with.
 */
export const evolveOwned = (state: TeamDecisionState, event: TeamEvent): TeamDecisionState =>
  evolveWith(state, event, intoEntry)

const evolveWith = (state: TeamDecisionState, event: TeamEvent, put: EntryWriter): TeamDecisionState => {
  if (event._tag === 'TeamFounded') {
    return {
      status: 'founded',
      teamId: event.teamId,
      professionals: new Map(),
      cases: new Map(),
      caseIdByReference: new Map(),
      sessions: new Map(),
      signals: new Map(),
      meetings: new Set(),
    }
  }
  return state.status === 'founded' ? evolveFounded(state, event, put) : state
}

const evolveFounded = (state: FoundedTeam, event: TeamEvent, put: EntryWriter): FoundedTeam => {
  switch (event._tag) {
    case 'TeamFounded':
    case 'TeamSettingsChanged':
      // Settings weigh cases and set norms on the read side; no rule in `decide` reads them.
      return state
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
      return evolveProfessional(state, event, put)
    case 'CaseRegistered':
    case 'CaseAssessed':
    case 'RegieAssigned':
    case 'RegieReleased':
    case 'CaseMemberAdded':
    case 'CaseMemberRemoved':
    case 'TandemContactRecorded':
    case 'PlanEstablished':
    case 'CaseClosed':
      return evolveCase(state, event, put)
    case 'ReflectionSessionPlanned':
      return { ...state, sessions: put(state.sessions, event.sessionId, { status: 'planned' }) }
    case 'ReflectionSessionHeld':
      return { ...state, sessions: put(state.sessions, event.sessionId, { status: 'held' }) }
    case 'ReflectionSessionCancelled':
      return { ...state, sessions: put(state.sessions, event.sessionId, { status: 'cancelled' }) }
    case 'WorkloadSignalRaised':
      return { ...state, signals: put(state.signals, event.signalId, { status: 'open' }) }
    case 'WorkloadSignalAnswered':
      return { ...state, signals: put(state.signals, event.signalId, { status: 'answered' }) }
    default: {
      const unhandled: never = event
      return unhandled
    }
  }
}
