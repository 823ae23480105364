import type { TeamSettings } from '../shared/team-settings.ts'
import type { Indicators, Intensity } from '../shared/vocabulary.ts'

/** What the team recorded when it weighed a case (CaseAssessed): the R2 indicators and an intensity. */
export interface Assessment {
  readonly indicators: Indicators
  readonly intensity: Intensity
}

export type Indicator = keyof Indicators

/**
 * The R2 indicators in the order the team reads them: unsafe first (Samen werken aan professionalisering, "vier
 * indicatoren").
 */
const indicatorOrder: readonly Indicator[] = [
  'unsafe',
  'heavyResponsibility',
  'complexProblems',
  'highImpact',
]

/** One line of a case weight's explanation. */
export type WeightPart =
  | { readonly kind: 'intensity'; readonly intensity: Intensity; readonly points: number }
  | { readonly kind: 'indicator'; readonly indicator: Indicator; readonly points: number }

export interface CaseWeight {
  /** the sum of the parts' points */
  readonly points: number
  /** false when the case is not assessed yet and carries the provisional weight */
  readonly assessed: boolean
  readonly parts: readonly WeightPart[]
}

/**
 * The intensity an unassessed case weighs as: a new case must count on someone's caseload from the
 * day it is taken on (R8), and "moderate" is the team's own middle ground until the weekly meeting
 * weighs it. No indicator points are added, because no indicator has been established yet.
 */
const provisionalIntensity: Intensity = 'moderate'

/**
 * A case's weight (docs/architecture.md#weighting-and-capacity, R8, De lerende jeugdprofessional: "casussen
 * te wegen en te koppelen aan deskundigheid"): the team's points for its intensity plus `indicatorPoints` for
 * each R2 indicator that holds. Pure, so the UI can show each part.
 */
export const caseWeight = (assessment: Assessment | undefined, settings: TeamSettings): CaseWeight => {
  const intensity = assessment?.intensity ?? provisionalIntensity
  const parts: WeightPart[] = [{ kind: 'intensity', intensity, points: settings.intensityPoints[intensity] }]
  for (const indicator of indicatorOrder) {
    if (assessment?.indicators[indicator]) {
      parts.push({ kind: 'indicator', indicator, points: settings.indicatorPoints })
    }
  }
  return { points: sumPoints(parts), assessed: assessment !== undefined, parts }
}

/** The number of R2 indicators that hold; any one of them makes registration necessary (R2). */
export const indicatorCount = (indicators: Indicators): number =>
  indicatorOrder.filter((indicator) => indicators[indicator]).length

export const sumPoints = (parts: readonly { readonly points: number }[]): number =>
  parts.reduce((total, part) => total + part.points, 0)
