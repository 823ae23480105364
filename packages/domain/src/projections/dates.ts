import type { DateOnly } from '../shared/primitives.ts'

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so that a date never shifts with the server's
 * time zone or summer time. Projections keep dates as strings (they must survive JSON checkpoints).
 */

const msPerDay = 86_400_000

/** The digit at `at`, or NaN when it is not one (NaN then fails every range check below). */
const digit = (text: string, at: number): number => {
  const value = text.charCodeAt(at) - 48
  return value >= 0 && value <= 9 ? value : Number.NaN
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil); `day` may run past the month. */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/**
 * Days since 1970-01-01 of a calendar date. Projections and capacity call this many times per event
 * and per week, so a `YYYY-MM-DD` string is read with arithmetic rather than `Date.parse`; anything
 * else goes to `Date.parse`, which the arithmetic matches exactly (including its rolling of a day 29–31
 * past the month's end, as `Date.parse` does).
 */
export const dayNumber = (date: DateOnly): number => {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3)
    const month = digit(date, 5) * 10 + digit(date, 6)
    const day = digit(date, 8) * 10 + digit(date, 9)
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return daysFromCivil(year, month, day)
  }
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / msPerDay)
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

/** The calendar date of a day number (Hinnant's civil_from_days); years outside 0–9999 go through `Date`. */
export const fromDayNumber = (day: number): DateOnly => {
  if (Number.isInteger(day)) {
    const z = day + 719_468
    const era = Math.floor(z / 146_097)
    const dayOfEra = z - era * 146_097
    const yearOfEra = Math.floor(
      (dayOfEra -
        Math.floor(dayOfEra / 1460) +
        Math.floor(dayOfEra / 36_524) -
        Math.floor(dayOfEra / 146_096)) /
        365,
    )
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
    const shifted = Math.floor((5 * dayOfYear + 2) / 153)
    const dayOfMonth = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1
    const month = shifted < 10 ? shifted + 3 : shifted - 9
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    if (year >= 0 && year <= 9999)
      return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`
  }
  return new Date(day * msPerDay).toISOString().slice(0, 10)
}

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
