import type { DateOnly } from '../shared/primitives.ts'

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that a date never shifts with the server's
 * time zone or summer time. Projections keep dates as strings (they must survive JSON checkpoints).
 */

const msPerDay = 86_400_000

/** Days since 1970-01-01 of a calendar date. */
export const dayNumber = (date: DateOnly): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / msPerDay)

export const fromDayNumber = (day: number): DateOnly => new Date(day * msPerDay).toISOString().slice(0, 10)

export const addDays = (date: DateOnly, days: number): DateOnly => fromDayNumber(dayNumber(date) + days)

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: DateOnly, to: DateOnly): number => dayNumber(to) - dayNumber(from)

/** The calendar day of an ISO instant (its UTC date; metadata instants carry `Z`). */
export const dateOf = (instant: string): DateOnly => instant.slice(0, 10)

/** The Monday of the ISO week that contains `date`: weeks in Dutch teams start on Monday. */
export const weekStart = (date: DateOnly): DateOnly => {
  const day = dayNumber(date)
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return fromDayNumber(day - ((((day + 3) % 7) + 7) % 7))
}

export const maxDate = (a: DateOnly, b: DateOnly): DateOnly => (a > b ? a : b)
export const minDate = (a: DateOnly, b: DateOnly): DateOnly => (a < b ? a : b)
