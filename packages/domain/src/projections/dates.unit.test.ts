import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayNumber, fromDayNumber, weekStart } from './dates.ts'

// The arithmetic must give exactly what the Date-based definitions give.
const referenceDayNumber = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000)
const referenceFromDayNumber = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)

describe('calendar arithmetic', () => {
  it('reads and writes every date from 1600 to 2400 as Date does', () => {
    for (let day = referenceDayNumber('1600-01-01'); day <= referenceDayNumber('2400-12-31'); day++) {
      const date = referenceFromDayNumber(day)
      if (fromDayNumber(day) !== date) expect(fromDayNumber(day)).toBe(date)
      if (dayNumber(date) !== day) expect(dayNumber(date)).toBe(day)
    }
  })

  it('agrees with Date on any day number and on odd or invalid date strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_528, max: 2_932_896 }), (day) => {
        expect(fromDayNumber(day)).toBe(referenceFromDayNumber(day))
      }),
      { numRuns: 2000, seed: 1 },
    )
    const chars = fc.constantFrom(...'0123456789-x ')
    fc.assert(
      fc.property(fc.array(chars, { minLength: 10, maxLength: 10 }), (text) => {
        expect(dayNumber(text.join(''))).toEqual(referenceDayNumber(text.join('')))
      }),
      { numRuns: 2000, seed: 2 },
    )
    const odd = ['2026-02-29', '2026-02-30', '2026-02-31', '2026-04-31', '2026-02-00', '2026-00-10']
    for (const date of [...odd, '2026-13-01', '2026-02-32', '0000-01-01', '9999-12-31', '2026-1-01'])
      expect(dayNumber(date)).toEqual(referenceDayNumber(date))
  })

  it('keeps weeks starting on Monday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23')
    expect(weekStart('2026-11-29')).toBe('2026-11-23')
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04')
  })
})
