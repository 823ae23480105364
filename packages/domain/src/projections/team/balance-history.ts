import type { DateOnly } from '../../shared/primitives.ts'
import { addDays, weekStart } from '../dates.ts'
import { caseloadBalance } from './caseload-balance.ts'
import type { TeamState, WeekBalance } from './team-state.ts'

const balanceOfWeek = (state: TeamState, monday: DateOnly): WeekBalance => {
  const { team } = caseloadBalance(state, addDays(monday, 6))
  return { weekStart: monday, load: team.load, capacity: team.capacity, ratio: team.ratio }
}

/**
 * Called by the fold before it applies an event that occurred on `on`: when that is in a later week
 * than the open one, the open week and any silent weeks after it are closed with the balance as it
 * stood at their end. This costs one balance computation per week, not per event, which keeps the
 * fold O(1) per event in the mean.
 */
export const closeWeeksBefore = (state: TeamState, on: DateOnly): void => {
  const week = weekStart(on)
  if (state.openWeek === null) {
    state.openWeek = week
    return
  }
  for (let monday = state.openWeek; monday < week; monday = addDays(monday, 7)) {
    state.history.push(balanceOfWeek(state, monday))
  }
  if (week > state.openWeek) state.openWeek = week
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
  for (let monday = state.openWeek; monday < current; monday = addDays(monday, 7)) {
    weeks.push(balanceOfWeek(state, monday))
  }
  weeks.push(balanceOfWeek(state, current))
  return weeks
}
