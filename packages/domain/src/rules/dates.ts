import type { DateOnly } from '../shared/primitives.ts'

/**
 * Date arithmetic on `YYYY-MM-DD` strings. ISO dates of one format compare correctly as strings, so
 * only adding years needs a calendar; it uses UTC and no clock.
 */

/** The same calendar day `years` later (29 February → 1 March in a common year). */
export const addYears = (date: DateOnly, years: number): DateOnly => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10)
}

/** The last day of a period of `years` starting on `from`: 2021-03-01 + 5 years → 2026-02-28. */
export const lastDayAfterYears = (from: DateOnly, years: number): DateOnly => {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year + years, month - 1, day - 1)).toISOString().slice(0, 10)
}

/** Whether `on` lies in the closed period `from`..`until`. */
export const isWithin = (on: DateOnly, from: DateOnly, until: DateOnly): boolean => from <= on && on <= until
