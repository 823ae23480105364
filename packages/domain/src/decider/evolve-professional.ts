import type { EventOf, ProfessionalEvent } from '../events/index.ts'
import type { FoundedTeam, Professional, Registration } from './state.ts'
import type { EntryWriter } from './with-entry.ts'

export const evolveProfessional = (
  state: FoundedTeam,
  event: ProfessionalEvent,
  put: EntryWriter,
): FoundedTeam => {
  if (event._tag === 'ProfessionalJoined') {
    const joined: Professional = {
      professionalId: event.professionalId,
      discipline: event.discipline,
      educationLevel: event.educationLevel,
      employment: event.employment,
      registrations: new Map(),
      absences: [],
    }
    return { ...state, professionals: put(state.professionals, event.professionalId, joined) }
  }
  const current = state.professionals.get(event.professionalId)
  if (!current) return state
  const next = nextProfessional(current, event)
  return next === current
    ? state
    : { ...state, professionals: put(state.professionals, event.professionalId, next) }
}

const nextProfessional = (
  professional: Professional,
  event: Exclude<ProfessionalEvent, EventOf<'ProfessionalJoined'>>,
): Professional => {
  switch (event._tag) {
    case 'RegistrationRecorded': {
      const { register, validFrom, validUntil } = event
      return withRegistration(professional, { register, validFrom, validUntil })
    }
    case 'RegistrationRenewed': {
      const current = professional.registrations.get(event.register)
      return current
        ? withRegistration(professional, { ...current, validUntil: event.validUntil })
        : professional
    }
    case 'RegistrationEnded': {
      const current = professional.registrations.get(event.register)
      return current ? withRegistration(professional, { ...current, endedOn: event.endedOn }) : professional
    }
    case 'AbsenceRecorded':
      return {
        ...professional,
        absences: [
          ...professional.absences,
          { absenceId: event.absenceId, from: event.from, until: event.until },
        ],
      }
    case 'ProfessionalLeftTeam':
      return { ...professional, leftOn: event.leftOn }
    // contract hours and expertise weigh caseloads on the read side; no rule of `decide` reads them
    case 'ContractChanged':
    case 'ExpertiseRecorded':
      return professional
    default: {
      const unhandled: never = event
      return unhandled
    }
  }
}

const withRegistration = (professional: Professional, registration: Registration): Professional => ({
  ...professional,
  registrations: new Map(professional.registrations).set(registration.register, registration),
})
