import { withContract } from '../../weights/capacity.ts'
import type { Projection } from '../projection.ts'
import { initialReflectionState, type ReflectionState } from './reflection-state.ts'

/**
 * The reflection fold (R9). `evolve` mutates the state it is given (see `Projection`); each event
 * touches one member or one session.
 */
export const reflectionProjection: Projection<ReflectionState> = {
  name: 'reflection',
  version: 1,
  initial: initialReflectionState,
  evolve: (state, { event }) => {
    switch (event._tag) {
      case 'TeamFounded':
        state.foundedOn = event.foundedOn
        state.settings = event.settings
        break
      case 'TeamSettingsChanged':
        state.settings = event.settings
        break
      case 'ProfessionalJoined':
        state.members[event.professionalId] = {
          id: event.professionalId,
          name: event.name,
          joinedOn: event.joinedOn,
          contracts: [{ from: event.joinedOn, hours: event.contractHours }],
        }
        break
      case 'ContractChanged': {
        const member = state.members[event.professionalId]
        if (!member) break
        member.contracts = withContract(member.contracts, event.effectiveFrom, event.contractHours)
        break
      }
      case 'ProfessionalLeftTeam': {
        const member = state.members[event.professionalId]
        if (member) member.leftOn = event.leftOn
        break
      }
      case 'ReflectionSessionPlanned':
        state.sessions[event.sessionId] = {
          id: event.sessionId,
          kind: event.kind,
          on: event.on,
          hours: event.hours,
          participants: [...event.participants],
          status: 'planned',
        }
        break
      case 'ReflectionSessionHeld': {
        const session = state.sessions[event.sessionId]
        if (!session) break
        session.status = 'held'
        session.held = {
          attendees: [...event.attendees],
          hours: event.hours,
          becameCaseDiscussion: event.becameCaseDiscussion,
          grades: event.grades.map((grade) => ({ professionalId: grade.professionalId, grade: grade.grade })),
        }
        break
      }
      case 'ReflectionSessionCancelled': {
        const session = state.sessions[event.sessionId]
        if (!session) break
        session.status = 'cancelled'
        session.cancelled = { reason: event.reason, explanation: event.explanation }
        break
      }
      default:
        break
    }
    return state
  },
}
