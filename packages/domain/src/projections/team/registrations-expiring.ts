import type { DateOnly } from '../../shared/primitives.ts'
import type { Register } from '../../shared/vocabulary.ts'
import { daysBetween } from '../dates.ts'
import { byText } from '../order.ts'
import { teamMembersOn } from './case-facts.ts'
import { registrationOn } from './registration-status.ts'
import type { TeamState } from './team-state.ts'

/** How far ahead the agenda warns about a registration running out. */
export const expiryWarningDays = 90

export interface RegistrationWarning {
  readonly professionalId: string
  readonly name: string
  readonly register: Register
  readonly status: 'expiring' | 'lapsed'
  /** expiring: the last valid day; lapsed: the first day not in order */
  readonly date: DateOnly
  /** days until the last valid day (expiring), or days since it lapsed (lapsed) */
  readonly days: number
}

/**
 * Registrations that run out within 90 days or already lapsed, for team members on `asOf` (R7, seed
 * Samen werken aan professionalisering: once a registration is not in order, work that needs one is only allowed in close cooperation
 * "totdat je registratie wel op orde is"). Lapsed first, then soonest expiry.
 */
export const registrationsExpiring = (state: TeamState, asOf: DateOnly): readonly RegistrationWarning[] => {
  const rows: RegistrationWarning[] = []
  for (const professional of teamMembersOn(state, asOf)) {
    const status = registrationOn(professional, asOf)
    const who = { professionalId: professional.id, name: professional.name }
    if (status.status === 'lapsed') {
      const days = daysBetween(status.since, asOf)
      rows.push({ ...who, register: status.register, status: 'lapsed', date: status.since, days })
    } else if (status.status === 'registered') {
      const days = daysBetween(asOf, status.validUntil)
      if (days <= expiryWarningDays) {
        rows.push({ ...who, register: status.register, status: 'expiring', date: status.validUntil, days })
      }
    }
  }
  const rank = (row: RegistrationWarning) => (row.status === 'lapsed' ? 0 : 1)
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.status === 'lapsed' ? b.days - a.days : a.days - b.days) ||
      byText(a.name, b.name),
  )
}
