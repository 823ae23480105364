import type { Case, Professional } from '../decider/state.ts'
import type { DateOnly } from '../shared/primitives.ts'
import type { Indicators } from '../shared/vocabulary.ts'
import { addYears, isWithin, lastDayAfterYears } from './dates.ts'

/**
 * R2 — Samen werken aan professionalisering: "Als ook maar één van die indicatoren gaat 'knipperen' dan is
 * registratie nodig." Any one of the four indicators (unsafe, heavy responsibility, complex problems, high
 * impact).
 */
export const requiresRegistration = (indicators: Indicators): boolean =>
  indicators.unsafe || indicators.heavyResponsibility || indicators.complexProblems || indicators.highImpact

/**
 * R1 — Samen werken aan professionalisering: "Zet als aanbieder een geregistreerde professional in, tenzij …".
 * Until the team has assessed a case nobody knows whether an indicator holds, so an unassessed case is
 * treated as needing registration: the norm's default applies until the assessment says otherwise.
 */
export const caseNeedsRegistration = (theCase: Case): boolean =>
  theCase.assessment === undefined || requiresRegistration(theCase.assessment.indicators)

/**
 * Samen werken aan professionalisering: "Je registratie in het Kwaliteitsregister Jeugd (SKJ) is vijf jaar geldig."
 * The default end of a registration (and of a renewal) recorded without one.
 */
export const registrationValidUntil = (validFrom: DateOnly): DateOnly => lastDayAfterYears(validFrom, 5)

/** A renewal without an end date runs five years past the current end date. */
export const renewalValidUntil = (currentUntil: DateOnly): DateOnly => addYears(currentUntil, 5)

/**
 * A professional's registration on a day: `valid` when any register entry is in force; otherwise
 * `ended` (stopped before its end date) or `expired` (past its end date) — both lapsed (R7) —, or
 * `none` when there never was one in force.
 */
export type RegistrationStanding = 'valid' | 'expired' | 'ended' | 'none'

export const registrationStatus = (professional: Professional, on: DateOnly): RegistrationStanding => {
  let status: RegistrationStanding = 'none'
  for (const registration of professional.registrations.values()) {
    const ended = registration.endedOn !== undefined && registration.endedOn <= on
    if (!ended && isWithin(on, registration.validFrom, registration.validUntil)) return 'valid'
    if (ended) status = 'ended'
    else if (status === 'none' && registration.validUntil < on) status = 'expired'
  }
  return status
}

export const isRegistered = (professional: Professional, on: DateOnly): boolean =>
  registrationStatus(professional, on) === 'valid'

/** R7 — a registration that was in force and no longer is ("registratie … op orde"). */
export const isLapsed = (status: RegistrationStanding): boolean => status === 'expired' || status === 'ended'

/** Whether the professional is absent on the day (a recorded absence covers it). */
export const isAbsent = (professional: Professional, on: DateOnly): boolean =>
  professional.absences.some((absence) => isWithin(on, absence.from, absence.until))
