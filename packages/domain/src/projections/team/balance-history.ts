import type { DateOnly } from '../../shared/primitives.ts'
import { capacity, loadRatio } from '../../weights/capacity.ts'
import { roleFactor } from '../../weights/role-factor.ts'
import { addDays, weekStart } from '../dates.ts'
import { forEachRole, openCaseViews, teamMembersOn, weightOf } from './case-facts.ts'
import type { TeamState, WeekBalance } from './team-state.ts'

/** One role's load on a case (points × role factor), in the order the balance adds them up. */
interface LoadShare {
  readonly professionalId: string
  readonly load: number
}

/**
 * Every role's load, computed once for a run of weeks in which no event changed the state (the
 * silent weeks closed together): only who is still on the team, and capacity, depend on the week.
 */
const loadShares = (state: TeamState): LoadShare[] => {
  const { settings } = state
  const shares: LoadShare[] = []
  for (const view of openCaseViews(state)) {
    const points = weightOf(view, settings).points
    const caseHasPartners = view.members.length > 0
    forEachRole(view, (professionalId, role) => {
      shares.push({ professionalId, load: points * roleFactor(role, caseHasPartners, settings) })
    })
  }
  return shares
}

/**
 * The team's load and capacity at the end of the week starting `monday`: the same sums, added in the
 * same order, as `caseloadBalance(...).team`, without the per-member parts or sorting, because the
 * fold computes it every week of a long log.
 */
const balanceOfWeek = (state: TeamState, shares: readonly LoadShare[], monday: DateOnly): WeekBalance => {
  const { settings } = state
  const sunday = addDays(monday, 6)
  const members = teamMembersOn(state, sunday)
  const onTeam = new Set(members.map((professional) => professional.id))
  let load = 0
  for (const share of shares) if (onTeam.has(share.professionalId)) load += share.load
  const teamCapacity = members.reduce(
    (sum, professional) => sum + capacity(professional, settings, sunday).points,
    0,
  )
  return { weekStart: monday, load, capacity: teamCapacity, ratio: loadRatio(load, teamCapacity) }
}

/**
 * Called by the fold before it applies an event that occurred on `on`: when that is in a later week
 * than the open one, the open week and any silent weeks after it are closed with the balance as it
 * stood at their end. Within the open week this is one string comparison, and a balance is computed
 * once per week, not per event, which keeps the fold O(1) per event in the mean.
 */
export const closeWeeksBefore = (state: TeamState, on: DateOnly): void => {
  if (state.openWeekEnd !== null && on < state.openWeekEnd) return
  const week = weekStart(on)
  if (state.openWeek !== null && state.openWeek < week) {
    const shares = loadShares(state)
    for (let monday = state.openWeek; monday < week; monday = addDays(monday, 7)) {
      state.history.push(balanceOfWeek(state, shares, monday))
    }
  }
  state.openWeek = week
  state.openWeekEnd = addDays(week, 7)
}

/**
 * The team's balance week by week (for the coach's "over weeks" view): every closed week before the
 * week of `asOf`, the silent weeks since the last event (nothing changed but the calendar, so they
 * are computed from the state as it stands), and the week of `asOf` itself.
 */
export const balanceHistory = (state: TeamState, asOf: DateOnly): readonly WeekBalance[] => {
  const current = weekStart(asOf)
  const weeks = state.history.filter((week) => week.weekStart < current)
  if (state.openWeek === null) return weeks
  const shares = loadShares(state)
  for (let monday = state.openWeek; monday < current; monday = addDays(monday, 7)) {
    weeks.push(balanceOfWeek(state, shares, monday))
  }
  weeks.push(balanceOfWeek(state, shares, current))
  return weeks
}
