import type { DateOnly } from '../../shared/primitives.ts'
import { addDays, daysBetween, maxDate } from '../dates.ts'
import { byText } from '../order.ts'
import { activeCases } from './case-facts.ts'
import { pairKey, type TeamState } from './team-state.ts'

export interface TandemHealth {
  readonly caseId: string
  readonly reference: string
  readonly regisseurId: string
  readonly practitionerId: string
  /** agreed days between structural contacts: the pair's own agreement, else the team's setting */
  readonly intervalDays: number
  /** when this regisseur and practitioner started working the case together */
  readonly since: DateOnly
  readonly lastContactOn: DateOnly | null
  readonly dueOn: DateOnly
  /** days past `dueOn` on `asOf`; 0 when contact is not overdue */
  readonly overdueDays: number
}

/**
 * Tandem health (R4, Samen werken aan professionalisering: the registered colleague must "Zorg voor
 * duidelijke afspraken, structureel contact" with the unregistered practitioner): for every
 * regisseur–tandem-practitioner pair on an open case, the
 * agreed interval, the last contact and how far it is overdue on `asOf`. Most overdue first.
 */
export const tandemHealth = (state: TeamState, asOf: DateOnly): readonly TandemHealth[] => {
  const rows: TandemHealth[] = []
  for (const view of activeCases(state)) {
    const { regie } = view
    if (!regie) continue
    for (const member of view.members) {
      if (member.role !== 'tandem-practitioner') continue
      const intervalDays = member.contactIntervalDays ?? state.settings.tandemContactIntervalDays
      const since = maxDate(member.since, regie.since)
      const last = view.contacts[pairKey(regie.professionalId, member.professionalId)]
      const lastContactOn = last !== undefined && last >= since ? last : null
      const dueOn = addDays(lastContactOn ?? since, intervalDays)
      rows.push({
        caseId: view.id,
        reference: view.reference,
        regisseurId: regie.professionalId,
        practitionerId: member.professionalId,
        intervalDays,
        since,
        lastContactOn,
        dueOn,
        overdueDays: Math.max(0, daysBetween(dueOn, asOf)),
      })
    }
  }
  return rows.sort((a, b) => b.overdueDays - a.overdueDays || byText(a.reference, b.reference))
}
