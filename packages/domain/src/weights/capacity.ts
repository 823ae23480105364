import { addDays, daysBetween, weekStart } from '../projections/dates.ts'
import { byText } from '../projections/order.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { TeamSettings } from '../shared/team-settings.ts'

/** What capacity depends on; the caseload projection keeps exactly this per professional. */
export interface CapacityInput {
  /** contract hours from a date on, in the order they took effect (ProfessionalJoined, ContractChanged) */
  readonly contracts: readonly { readonly from: DateOnly; readonly hours: number }[]
  readonly joinedOn: DateOnly
  readonly starter: boolean
  readonly absences: readonly { readonly from: DateOnly; readonly until: DateOnly }[]
  readonly leftOn?: DateOnly | undefined
}

/** A capacity with every factor that made it, so the UI can explain it. */
export interface Capacity {
  /** fte × pointsPerFte × starterFactor × presentShare */
  readonly points: number
  readonly contractHours: number
  /** contractHours / fullTimeHours */
  readonly fte: number
  readonly pointsPerFte: number
  /** settings.starterCapacityFactor in the first year after joining for a starter, else 1 */
  readonly starterFactor: number
  /** share of the week's five working days (Monday–Friday around `on`) not absent and still on the team */
  readonly presentShare: number
}

/**
 * The contract history with `hours` from `from` on, in effective-date order: a change may be recorded
 * before or after it takes effect, and a second change for the same day replaces the first.
 */
export const withContract = (
  contracts: readonly { readonly from: DateOnly; readonly hours: number }[],
  from: DateOnly,
  hours: number,
): { from: DateOnly; hours: number }[] =>
  [...contracts.filter((contract) => contract.from !== from), { from, hours }].sort((a, b) =>
    byText(a.from, b.from),
  )

/** The contract hours in force on `on`; before the first contract, that contract's hours. */
export const contractHoursOn = (input: Pick<CapacityInput, 'contracts'>, on: DateOnly): number => {
  let hours = input.contracts[0]?.hours ?? 0
  for (const contract of input.contracts) if (contract.from <= on) hours = contract.hours
  return hours
}

/** True when an absence covers `on`. */
export const isAbsentOn = (input: CapacityInput, on: DateOnly): boolean =>
  input.absences.some((absence) => absence.from <= on && on <= absence.until)

const presentShare = (input: CapacityInput, on: DateOnly): number => {
  const monday = weekStart(on)
  let present = 0
  for (let offset = 0; offset < 5; offset++) {
    const day = addDays(monday, offset)
    const gone = input.leftOn !== undefined && day >= input.leftOn
    if (!gone && !isAbsentOn(input, day)) present++
  }
  return present / 5
}

/**
 * A professional's capacity in caseload points in the week of `on`
 * (docs/architecture.md#weighting-and-capacity): contract hours relative to the team's full-time week × the
 * team's points per FTE, reduced for a starter in their first year, and for the working days of that week
 * they are absent. Absence lowers capacity rather than erasing the load, so an absent colleague's cases stay
 * visible on the balance.
 */
export const capacity = (input: CapacityInput, settings: TeamSettings, on: DateOnly): Capacity => {
  const contractHours = contractHoursOn(input, on)
  const fte = contractHours / settings.fullTimeHours
  const inFirstYear = daysBetween(input.joinedOn, on) < 365
  const starterFactor = input.starter && inFirstYear ? settings.starterCapacityFactor : 1
  const share = presentShare(input, on)
  return {
    points: fte * settings.pointsPerFte * starterFactor * share,
    contractHours,
    fte,
    pointsPerFte: settings.pointsPerFte,
    starterFactor,
    presentShare: share,
  }
}

/** load / capacity, or null when there is no capacity this week (absent all week or left). */
export const loadRatio = (load: number, capacityPoints: number): number | null =>
  capacityPoints > 0 ? load / capacityPoints : null
