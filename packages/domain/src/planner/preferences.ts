import { addDays, daysBetween, maxDate, minDate } from '../projections/dates.ts'
import type { TeamSettings } from '../shared/team-settings.ts'
import type { PlanningCase, PlanningProfessional } from './planning-input.ts'
import { listed, percent, type Reason } from './reason.ts'

/**
 * The soft side of a suggestion: how well a colleague fits beyond the norm. The weights are an
 * ordering, not a measurement; they put load and expertise first (Meer ruimte voor professionals: under high
 * workload professionals take cases that do not fit their skills, so fit must not yield to whoever has room),
 * then continuity, then the risks of absence and an expiring registration.
 */
const weights = {
  headroom: 4,
  overload: 4,
  expertise: 3,
  continuity: 2,
  registrationEnds: 2,
  absence: 3,
  twoStarters: 2,
} as const

export interface Fit {
  readonly score: number
  readonly reasons: readonly Reason[]
}

export interface FitContext {
  readonly settings: TeamSettings
  readonly on: string
  readonly horizonDays: number
  /** whether the professional's registration is still valid at the case's expected end (R7) */
  readonly registeredAtEnd?: { readonly valid: boolean; readonly end: string }
}

/** The expertise the case asks for that the professional has, compared case-insensitively. */
export const matchedExpertise = (professional: PlanningProfessional, theCase: PlanningCase): string[] => {
  const own = new Set(professional.expertise.map((item) => item.toLowerCase()))
  return theCase.expertiseNeeded.filter((item) => own.has(item.toLowerCase()))
}

/** How one colleague fits one role on the case, given their ratio before and after taking it. */
export const fitOf = (
  professional: PlanningProfessional,
  theCase: PlanningCase,
  ratio: { readonly before: number; readonly after: number },
  context: FitContext,
): Fit => {
  const reasons: Reason[] = []
  let score = -weights.headroom * ratio.after
  const change = `${percent(ratio.before)} → ${percent(ratio.after)}`
  if (ratio.after > context.settings.overloadRatio) {
    score -= weights.overload * (ratio.after - context.settings.overloadRatio)
    reasons.push({
      code: 'becomes-overloaded',
      tone: 'against',
      nl: `raakt overbelast: ${change}`,
      en: `would be overloaded: ${change}`,
    })
  } else if (ratio.after > 1) {
    reasons.push({
      code: 'becomes-full',
      tone: 'neutral',
      nl: `zit dan vol: ${change}`,
      en: `would be full: ${change}`,
    })
  } else {
    reasons.push({ code: 'has-room', tone: 'for', nl: `heeft ruimte: ${change}`, en: `has room: ${change}` })
  }

  if (theCase.expertiseNeeded.length > 0) {
    const matched = matchedExpertise(professional, theCase)
    score += (weights.expertise * matched.length) / theCase.expertiseNeeded.length
    reasons.push(
      matched.length > 0
        ? {
            code: 'has-expertise',
            tone: 'for',
            nl: `heeft expertise: ${listed(matched)}`,
            en: `has expertise: ${listed(matched)}`,
          }
        : {
            code: 'lacks-expertise',
            tone: 'against',
            nl: `mist gevraagde expertise: ${listed(theCase.expertiseNeeded)}`,
            en: `lacks the expertise asked for: ${listed(theCase.expertiseNeeded)}`,
          },
    )
  }

  if (theCase.knownBy.includes(professional.id)) {
    score += weights.continuity
    reasons.push({
      code: 'knows-family',
      tone: 'for',
      nl: 'kent het gezin al',
      en: 'already knows the family',
    })
  }

  if (context.registeredAtEnd && !context.registeredAtEnd.valid) {
    score -= weights.registrationEnds
    const end = context.registeredAtEnd.end
    reasons.push({
      code: 'registration-ends-during-case',
      tone: 'against',
      nl: `registratie is niet meer geldig op het verwachte einde (${end})`,
      en: `registration is no longer valid at the expected end (${end})`,
    })
  }

  const away = absentDays(professional, context.on, context.horizonDays)
  if (away) {
    score -= (weights.absence * away.days) / context.horizonDays
    reasons.push({
      code: 'absent-soon',
      tone: 'against',
      nl: `afwezig ${away.from} t/m ${away.until}`,
      en: `away ${away.from} to ${away.until}`,
    })
  }
  return { score, reasons }
}

/**
 * Samen werken aan professionalisering: a tandem is a registered regisseur coaching a practitioner; two starters
 * lack that depth.
 */
export const pairFit = (regisseur: PlanningProfessional, practitioner: PlanningProfessional): Fit =>
  regisseur.starter && practitioner.starter
    ? {
        score: -weights.twoStarters,
        reasons: [
          { code: 'two-starters', tone: 'against', nl: 'twee starters samen', en: 'two starters together' },
        ],
      }
    : { score: 0, reasons: [] }

/** Days absent from `on` through the horizon, and the span that covers them; undefined when none. */
const absentDays = (
  professional: PlanningProfessional,
  on: string,
  horizonDays: number,
): { readonly days: number; readonly from: string; readonly until: string } | undefined => {
  const last = addDays(on, horizonDays - 1)
  let days = 0
  let from: string | undefined
  let until: string | undefined
  for (const absence of professional.absences) {
    const start = maxDate(absence.from, on)
    const end = minDate(absence.until, last)
    if (start > end) continue
    days += daysBetween(start, end) + 1
    from = from === undefined ? absence.from : minDate(from, absence.from)
    until = until === undefined ? absence.until : maxDate(until, absence.until)
  }
  return from === undefined || until === undefined
    ? undefined
    : { days: Math.min(days, horizonDays), from, until }
}
