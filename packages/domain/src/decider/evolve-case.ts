import type { CaseEvent, EventOf } from '../events/index.ts'
import type { Case, FoundedTeam } from './state.ts'
import type { EntryWriter } from './with-entry.ts'

export const evolveCase = (state: FoundedTeam, event: CaseEvent, put: EntryWriter): FoundedTeam => {
  if (event._tag === 'CaseRegistered') {
    const registered: Case = {
      caseId: event.caseId,
      reference: event.reference,
      setting: event.setting,
      status: 'open',
      members: new Map(),
    }
    return {
      ...state,
      cases: put(state.cases, event.caseId, registered),
      caseIdByReference: put(state.caseIdByReference, event.reference, event.caseId),
    }
  }
  const current = state.cases.get(event.caseId)
  if (!current) return state
  const next = nextCase(current, event, put)
  return next === current ? state : { ...state, cases: put(state.cases, event.caseId, next) }
}

const nextCase = (
  current: Case,
  event: Exclude<CaseEvent, EventOf<'CaseRegistered'>>,
  put: EntryWriter,
): Case => {
  switch (event._tag) {
    case 'CaseAssessed':
      return { ...current, assessment: { indicators: event.indicators, intensity: event.intensity } }
    case 'RegieAssigned':
      return {
        ...current,
        regie: {
          professionalId: event.professionalId,
          ...(event.exemption ? { exemption: event.exemption } : {}),
        },
      }
    case 'RegieReleased': {
      if (current.regie?.professionalId !== event.professionalId) return current
      const { regie: _released, ...rest } = current
      return rest
    }
    case 'CaseMemberAdded': {
      const { role, supervisorId, exemption } = event
      const member = { role, ...(supervisorId ? { supervisorId } : {}), ...(exemption ? { exemption } : {}) }
      return { ...current, members: put(current.members, event.professionalId, member) }
    }
    case 'CaseMemberRemoved': {
      const members = new Map(current.members)
      members.delete(event.professionalId)
      return { ...current, members }
    }
    case 'CaseClosed':
      return { ...current, status: 'closed' }
    // contacts and plans are followed up by the read side (tandem health, agenda); no rule reads them
    case 'TandemContactRecorded':
    case 'PlanEstablished':
      return current
    default: {
      const unhandled: never = event
      return unhandled
    }
  }
}
