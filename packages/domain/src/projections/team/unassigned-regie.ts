import type { DateOnly } from '../../shared/primitives.ts'
import type { Indicators, Intensity } from '../../shared/vocabulary.ts'
import { indicatorCount } from '../../weights/case-weight.ts'
import { daysBetween, maxDate } from '../dates.ts'
import { byText } from '../order.ts'
import { activeCases, needsRegistration } from './case-facts.ts'
import { registrationOn } from './registration-status.ts'
import type { CaseView, TeamState } from './team-state.ts'

/** Why a case counts as unassigned regie; stable codes the UI translates. */
export type UnassignedReason =
  | 'no-regisseur'
  | 'regisseur-left-team'
  | 'regisseur-absent'
  | 'regisseur-unregistered'
  | 'regisseur-registration-lapsed'

export interface UnassignedRegie {
  readonly caseId: string
  readonly reference: string
  readonly reason: UnassignedReason
  readonly regisseurId?: string
  readonly intensity?: Intensity
  readonly indicators?: Indicators
  readonly indicatorCount: number
  /** the day the case started waiting for (proper) regie */
  readonly waitingSince: DateOnly
  readonly daysWaiting: number
}

const noIndicators = 0

/** Why `view` lacks proper regie on `asOf`, and since when; undefined when its regie is in order. */
const unassignedReason = (
  state: TeamState,
  view: CaseView,
  asOf: DateOnly,
): { readonly reason: UnassignedReason; readonly since: DateOnly } | undefined => {
  const { regie } = view
  if (!regie) return { reason: 'no-regisseur', since: view.regieReleasedOn ?? view.receivedOn }
  const regisseur = state.professionals[regie.professionalId]
  if (!regisseur || (regisseur.leftOn !== undefined && regisseur.leftOn <= asOf)) {
    return { reason: 'regisseur-left-team', since: regisseur?.leftOn ?? regie.since }
  }
  const absence = regisseur.absences.find((period) => period.from <= asOf && asOf <= period.until)
  if (absence) return { reason: 'regisseur-absent', since: absence.from }
  // R3: a recorded exemption (tenzij) makes an unregistered or lapsed regisseur a reasoned choice.
  if (!needsRegistration(view) || regie.exemption) return undefined
  const registration = registrationOn(regisseur, asOf)
  const needSince = maxDate(regie.since, view.assessment?.on ?? regie.since)
  if (registration.status === 'lapsed') {
    return { reason: 'regisseur-registration-lapsed', since: maxDate(needSince, registration.since) }
  }
  if (registration.status === 'unregistered') return { reason: 'regisseur-unregistered', since: needSince }
  return undefined
}

/**
 * Unassigned regie (R10, Samen werken aan professionalisering: "Beleg de regie goed";
 * De lerende jeugdprofessional: the generalist "zelf de regie voert"): every open case without a regisseur,
 * with one who left or is absent on `asOf`, or with one whose registration does not fit a case that needs it
 * (R2, R7) and no exemption. Most urgent first: unsafe cases, then more R2 indicators, then longest waiting.
 */
export const unassignedRegie = (state: TeamState, asOf: DateOnly): readonly UnassignedRegie[] => {
  const rows: UnassignedRegie[] = []
  for (const view of activeCases(state)) {
    const found = unassignedReason(state, view, asOf)
    if (!found) continue
    rows.push({
      caseId: view.id,
      reference: view.reference,
      reason: found.reason,
      ...(view.regie ? { regisseurId: view.regie.professionalId } : {}),
      ...(view.assessment
        ? { intensity: view.assessment.intensity, indicators: view.assessment.indicators }
        : {}),
      indicatorCount: view.assessment ? indicatorCount(view.assessment.indicators) : noIndicators,
      waitingSince: found.since,
      daysWaiting: Math.max(0, daysBetween(found.since, asOf)),
    })
  }
  return rows.sort(
    (a, b) =>
      Number(b.indicators?.unsafe ?? false) - Number(a.indicators?.unsafe ?? false) ||
      b.indicatorCount - a.indicatorCount ||
      b.daysWaiting - a.daysWaiting ||
      byText(a.reference, b.reference),
  )
}
