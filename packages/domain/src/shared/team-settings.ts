import { Schema } from 'effect'
import { NonNegative, Positive } from './primitives.ts'

/**
 * A team's own weighting and capacity settings (docs/architecture.md#weighting-and-capacity). Every team
 * starts from `defaultTeamSettings` and may change any of them; each change is an event, so the balance shown
 * at any moment used the settings in force then.
 */
export const TeamSettings = Schema.Struct({
  /** base points of a case per intensity level */
  intensityPoints: Schema.Struct({
    light: NonNegative,
    moderate: NonNegative,
    heavy: NonNegative,
    crisis: NonNegative,
  }),
  /** points added for each R2 indicator that holds (unsafe, responsibility, complexity, impact) */
  indicatorPoints: NonNegative,
  /** share of a case's weight that lands on each role's caseload (R8: co-working costs both) */
  roleFactors: Schema.Struct({
    /** regisseur who handles the case alone */
    regisseur: NonNegative,
    /** regisseur of a case with a tandem practitioner, gezinshuisouder or co-worker */
    regisseurWithPartners: NonNegative,
    tandemPractitioner: NonNegative,
    coWorker: NonNegative,
    gezinshuisouder: NonNegative,
    behaviouralScientist: NonNegative,
    intern: NonNegative,
    /** the registered professional responsible for an intern on the case (R6) */
    internSupervisor: NonNegative,
  }),
  /** caseload points one full-time professional can carry */
  pointsPerFte: Positive,
  /** contract hours of a full-time week */
  fullTimeHours: Positive,
  /** capacity multiplier for starters in their first year (0–1) */
  starterCapacityFactor: NonNegative.check(Schema.isLessThanOrEqualTo(1)),
  /** protected reflection hours per FTE in each period (R9) */
  reflectionNormHoursPerFte: NonNegative,
  /** length of a reflection period in weeks */
  reflectionPeriodWeeks: Schema.Finite.check(Schema.isInt(), Schema.isBetween({ minimum: 1, maximum: 26 })),
  /** agreed structural contact between regisseur and tandem practitioner, in days (R4) */
  tandemContactIntervalDays: Schema.Finite.check(
    Schema.isInt(),
    Schema.isBetween({ minimum: 1, maximum: 90 }),
  ),
  /** a load ratio above this marks a professional as overloaded on the agenda */
  overloadRatio: Positive,
})
export type TeamSettings = typeof TeamSettings.Type

export const defaultTeamSettings: TeamSettings = {
  intensityPoints: { light: 1, moderate: 2, heavy: 3, crisis: 5 },
  indicatorPoints: 0.5,
  roleFactors: {
    regisseur: 1,
    regisseurWithPartners: 0.7,
    tandemPractitioner: 0.6,
    coWorker: 0.5,
    gezinshuisouder: 0.8,
    behaviouralScientist: 0.3,
    intern: 0.5,
    internSupervisor: 0.2,
  },
  pointsPerFte: 40,
  fullTimeHours: 36,
  starterCapacityFactor: 0.75,
  reflectionNormHoursPerFte: 8,
  reflectionPeriodWeeks: 4,
  tandemContactIntervalDays: 14,
  overloadRatio: 1.1,
}
