import type { DateOnly } from '../../shared/primitives.ts'
import { maxDate, minDate } from '../dates.ts'
import { byText } from '../order.ts'
import { spanEnd } from './registration-status.ts'
import type { ProfessionalView } from './team-state.ts'

export interface RegistrationGap {
  readonly from: DateOnly
  /** first day in order again, or the end of the window */
  readonly until: DateOnly
  /** true when a registration had been in order before the gap began (R7), false if never */
  readonly lapsed: boolean
}

/** The stretches of [from, until) in which the professional had no registration in order. */
export const registrationGaps = (
  professional: ProfessionalView,
  from: DateOnly,
  until: DateOnly,
): RegistrationGap[] => {
  const spans = professional.registrations
    .map((span) => ({ from: span.from, until: spanEnd(span) }))
    .sort((a, b) => byText(a.from, b.from))
  const gaps: RegistrationGap[] = []
  let cursor = from
  for (const span of spans) {
    if (cursor >= until) break
    if (span.until <= cursor) continue
    if (span.from > cursor) {
      const gapEnd = minDate(span.from, until)
      gaps.push({ from: cursor, until: gapEnd, lapsed: spans.some((s) => s.until <= cursor) })
    }
    cursor = maxDate(cursor, span.until)
  }
  if (cursor < until) gaps.push({ from: cursor, until, lapsed: spans.some((s) => s.until <= cursor) })
  return gaps
}
