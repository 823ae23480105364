import type { ProfessionalEvent } from '../../events/index.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import { withContract } from '../../weights/capacity.ts'
import { latestSpan, spanValidOn } from './registration-status.ts'
import type { TeamState } from './team-state.ts'

/** Applies one professional event in place; `on` is the day it occurred. */
export const evolveProfessional = (state: TeamState, event: ProfessionalEvent, on: DateOnly): void => {
  if (event._tag === 'ProfessionalJoined') {
    state.professionals[event.professionalId] = {
      id: event.professionalId,
      name: event.name,
      discipline: event.discipline,
      educationLevel: event.educationLevel,
      employment: event.employment,
      contracts: [{ from: event.joinedOn, hours: event.contractHours }],
      joinedOn: event.joinedOn,
      starter: event.starter,
      absences: [],
      registrations: [],
      expertise: [],
    }
    return
  }
  const professional = state.professionals[event.professionalId]
  if (!professional) return
  switch (event._tag) {
    case 'ContractChanged': {
      professional.contracts = withContract(professional.contracts, event.effectiveFrom, event.contractHours)
      return
    }
    case 'RegistrationRecorded':
      professional.registrations.push({
        register: event.register,
        number: event.number,
        from: event.validFrom,
        until: event.validUntil,
      })
      return
    case 'RegistrationRenewed': {
      // Renewed while in order: the same registration runs on. Renewed after a lapse: a new period
      // starts on the renewal day, so the gap stays visible to the norm audit.
      const span = latestSpan(professional, event.register)
      if (span && spanValidOn(span, on)) span.until = event.validUntil
      else
        professional.registrations.push({
          register: event.register,
          number: span?.number ?? 'unknown',
          from: on,
          until: event.validUntil,
        })
      return
    }
    case 'RegistrationEnded': {
      const span = latestSpan(professional, event.register)
      if (span) {
        span.endedOn = event.endedOn
        span.endReason = event.reason
      }
      return
    }
    case 'ExpertiseRecorded':
      professional.expertise = [...new Set([...professional.expertise, ...event.expertise])]
      return
    case 'AbsenceRecorded':
      professional.absences.push({
        id: event.absenceId,
        kind: event.kind,
        from: event.from,
        until: event.until,
      })
      return
    case 'ProfessionalLeftTeam':
      professional.leftOn = event.leftOn
      return
  }
}
