import { normFor } from './norm.ts'
import type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'
import { type Fit, fitOf, pairFit } from './preferences.ts'
import type { Exclusion, Reason } from './reason.ts'
import { allowedPairs, defaultHorizonWeeks, expectedEnd, type Staffing, staffingOf } from './staffing.ts'

export interface RankInput extends PlanningTeam {
  readonly case: PlanningCase
  /** at most this many suggestions per list; default 10 */
  readonly limit?: number
}

/** One colleague in a suggested role, with what it does to their caseload. */
export interface Placement {
  readonly professionalId: string
  readonly name: string
  /** load points the role adds (weight × role factor) */
  readonly points: number
  readonly ratioBefore: number
  readonly ratioAfter: number
}

export interface Suggestion {
  readonly regisseur: Placement
  readonly practitioner?: Placement
  /** the behavioural scientist of a gezinshuis case (R5), in a meeting proposal */
  readonly expert?: Placement
  /** an ordering only: higher ranks first */
  readonly score: number
  readonly reasons: readonly Reason[]
}

export interface Ranking {
  readonly caseId: string
  readonly reference: string
  readonly weight: number
  readonly needsRegistration: boolean
  readonly suitsTandem: boolean
  /** colleagues who could hold regie alone, best first */
  readonly regisseurs: readonly Suggestion[]
  /** regisseur + practitioner pairs, best first; empty unless the case suits a tandem */
  readonly tandems: readonly Suggestion[]
  /** a gezinshuis case without a registered behavioural scientist on it (R5) */
  readonly needsExpert: boolean
  /** registered behavioural scientists who could set its treatment plans, best first */
  readonly experts: readonly ExpertSuggestion[]
  /** everyone the norm (or an empty week) rules out, with the rule */
  readonly excluded: readonly Exclusion[]
}

/** A behavioural scientist for a gezinshuis case, whoever takes its regie. */
export interface ExpertSuggestion {
  readonly expert: Placement
  readonly score: number
  readonly reasons: readonly Reason[]
}

/**
 * R5 — Samen werken aan professionalisering: the registered expert "[stelt] de behandelplannen van de jongeren
 * vast"; said first, so the team sees why a second colleague is proposed.
 */
const setsTreatmentPlans: Reason = {
  code: 'sets-treatment-plans',
  tone: 'for',
  nl: 'geregistreerd gedragswetenschapper: stelt de behandelplannen van het gezinshuis vast',
  en: 'registered behavioural scientist: sets the gezinshuis treatment plans',
}

export const noExpertAvailable: Reason = {
  code: 'no-expert-available',
  tone: 'against',
  nl: 'geen geregistreerde gedragswetenschapper met ruimte voor dit gezinshuis; de gezinshuisouders kunnen pas aansluiten als er een is',
  en: 'no registered behavioural scientist with room for this gezinshuis; the gezinshuis parents can join only once there is one',
}

/**
 * Ranks who could take one case (issue 6): every suggestion meets the norm (the decider's rules),
 * and is ordered by fit — room after taking it, expertise, continuity, registration validity over
 * the expected duration, absence in the coming weeks, and not two starters together.
 */
export const rankCandidates = (input: RankInput): Ranking => {
  const norm = normFor(input, [input.case])
  const staffing = staffingOf(input, norm, input.case)
  const limit = input.limit ?? 10
  const fit = fitter(input, staffing, norm.isRegisteredOn)
  const regisseurs = staffing.regisseurs
    .map((regisseur) => suggestion(fit(regisseur, staffing.points.alone)))
    .sort(byScore)
    .slice(0, limit)
  const tandems = allowedPairs(staffing, norm)
    .map(([regisseur, practitioner]) =>
      suggestion(
        fit(regisseur, staffing.points.withPartner),
        fit(practitioner, staffing.points.practitioner),
        pairFit(regisseur, practitioner),
      ),
    )
    .sort(byScore)
    .slice(0, limit)
  const experts = staffing.experts
    .map((expert): ExpertSuggestion => {
      const fitted = fit(expert, staffing.points.expert)
      return {
        expert: fitted.placement,
        score: fitted.fit.score,
        reasons: [setsTreatmentPlans, ...fitted.fit.reasons],
      }
    })
    .sort((a, b) => b.score - a.score || a.expert.ratioAfter - b.expert.ratioAfter)
    .slice(0, limit)
  return {
    caseId: input.case.id,
    reference: input.case.reference,
    weight: staffing.weight,
    needsRegistration: staffing.needsRegistration,
    suitsTandem: staffing.suitsTandem,
    regisseurs,
    needsExpert: staffing.needsExpert,
    experts,
    tandems,
    excluded: staffing.excluded,
  }
}

interface Fitted {
  readonly placement: Placement
  readonly fit: Fit
}

/** Fits a colleague to the case with `points` added to their load. */
export const fitter =
  (
    team: PlanningTeam,
    staffing: Staffing,
    isRegisteredOn: (p: PlanningProfessional, day: string) => boolean,
  ) =>
  (professional: PlanningProfessional, points: number, loadAfter = professional.load + points): Fitted => {
    const ratioBefore = professional.load / professional.capacity
    const ratioAfter = loadAfter / professional.capacity
    const end = expectedEnd(team, staffing.theCase)
    const fit = fitOf(
      professional,
      staffing.theCase,
      { before: ratioBefore, after: ratioAfter },
      {
        settings: team.settings,
        on: team.on,
        horizonDays: 7 * (team.horizonWeeks ?? defaultHorizonWeeks),
        ...(staffing.needsRegistration && isRegisteredOn(professional, team.on)
          ? { registeredAtEnd: { valid: isRegisteredOn(professional, end), end } }
          : {}),
      },
    )
    return {
      placement: {
        professionalId: professional.id,
        name: professional.name,
        points,
        ratioBefore,
        ratioAfter,
      },
      fit,
    }
  }

/**
 * A suggestion from the regisseur's fit, and in a tandem the practitioner's and the pair's; in a
 * gezinshuis the behavioural scientist's, whose reasons start with why they are there (R5).
 */
export const suggestion = (
  regisseur: Fitted,
  practitioner?: Fitted,
  pair?: Fit,
  expert?: Fitted,
): Suggestion => {
  const score =
    regisseur.fit.score + (practitioner?.fit.score ?? 0) + (pair?.score ?? 0) + (expert?.fit.score ?? 0)
  if (!practitioner && !expert)
    return { regisseur: regisseur.placement, score, reasons: regisseur.fit.reasons }
  return {
    regisseur: regisseur.placement,
    ...(practitioner ? { practitioner: practitioner.placement } : {}),
    ...(expert ? { expert: expert.placement } : {}),
    score,
    reasons: [
      ...about(regisseur),
      ...(practitioner ? about(practitioner) : []),
      ...(pair?.reasons ?? []),
      ...(expert
        ? about({ ...expert, fit: { ...expert.fit, reasons: [setsTreatmentPlans, ...expert.fit.reasons] } })
        : []),
    ],
  }
}

/** In a pair each reason names its colleague, so the team can tell whose reason it is. */
const about = ({ placement, fit }: Fitted): Reason[] =>
  fit.reasons.map((reason) => ({
    ...reason,
    nl: `${placement.name}: ${reason.nl}`,
    en: `${placement.name}: ${reason.en}`,
  }))

const byScore = (a: Suggestion, b: Suggestion): number =>
  b.score - a.score ||
  a.regisseur.ratioAfter - b.regisseur.ratioAfter ||
  a.regisseur.professionalId.localeCompare(b.regisseur.professionalId) ||
  (a.practitioner?.professionalId ?? '').localeCompare(b.practitioner?.professionalId ?? '')
