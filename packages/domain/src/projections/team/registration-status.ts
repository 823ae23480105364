import type { DateOnly } from '../../shared/primitives.ts'
import type { Register } from '../../shared/vocabulary.ts'
import { addDays } from '../dates.ts'
import type { ProfessionalView, RegistrationSpan } from './team-state.ts'

/**
 * Whether a professional's registration is in order on a day (R7, Samen werken aan professionalisering: work that
 * needs a registered professional only "in nauwe samenwerking met een geregistreerde professional. Totdat je
 * registratie wel op orde is."). A registration lapses the day after `validUntil`, or on `endedOn`.
 */
export type RegistrationStatus =
  | { readonly status: 'registered'; readonly register: Register; readonly validUntil: DateOnly }
  | { readonly status: 'lapsed'; readonly register: Register; readonly since: DateOnly }
  | { readonly status: 'unregistered' }

/** The first day the span is no longer in order. */
export const spanEnd = (span: RegistrationSpan): DateOnly => {
  const afterUntil = addDays(span.until, 1)
  return span.endedOn !== undefined && span.endedOn < afterUntil ? span.endedOn : afterUntil
}

export const spanValidOn = (span: RegistrationSpan, on: DateOnly): boolean =>
  span.from <= on && on < spanEnd(span)

export const registrationOn = (professional: ProfessionalView, on: DateOnly): RegistrationStatus => {
  let valid: RegistrationSpan | undefined
  let lapsed: RegistrationSpan | undefined
  for (const span of professional.registrations) {
    if (spanValidOn(span, on)) {
      if (!valid || span.until > valid.until) valid = span
    } else if (spanEnd(span) <= on && (!lapsed || spanEnd(span) > spanEnd(lapsed))) {
      lapsed = span
    }
  }
  if (valid) return { status: 'registered', register: valid.register, validUntil: valid.until }
  if (lapsed) return { status: 'lapsed', register: lapsed.register, since: spanEnd(lapsed) }
  return { status: 'unregistered' }
}

/** The latest span of a register: the one a renewal extends or an ending closes. */
export const latestSpan = (
  professional: ProfessionalView,
  register: Register,
): RegistrationSpan | undefined => professional.registrations.findLast((span) => span.register === register)
