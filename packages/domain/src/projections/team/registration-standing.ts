import type { DateOnly } from '../../shared/primitives.ts'
import type { Register } from '../../shared/vocabulary.ts'
import { addDays, daysBetween } from '../dates.ts'
import { registrationOn } from './registration-status.ts'
import { expiryWarningDays } from './registrations-expiring.ts'
import type { ProfessionalView } from './team-state.ts'

/**
 * A professional's registration as a picker or case screen shows it (R7): `valid`, `expiring` within
 * the agenda's warning window (90 days), `lapsed` (was in order, no longer), or `none`.
 */
export interface RegistrationStandingView {
  readonly status: 'valid' | 'expiring' | 'lapsed' | 'none'
  readonly register: Register | null
  /** the last day in order: ahead for valid and expiring, past for lapsed; null for none */
  readonly validUntil: DateOnly | null
}

export const registrationStandingOn = (
  professional: ProfessionalView,
  on: DateOnly,
): RegistrationStandingView => {
  const standing = registrationOn(professional, on)
  switch (standing.status) {
    case 'registered':
      return {
        status: daysBetween(on, standing.validUntil) <= expiryWarningDays ? 'expiring' : 'valid',
        register: standing.register,
        validUntil: standing.validUntil,
      }
    case 'lapsed':
      return { status: 'lapsed', register: standing.register, validUntil: addDays(standing.since, -1) }
    case 'unregistered':
      return { status: 'none', register: null, validUntil: null }
  }
}
