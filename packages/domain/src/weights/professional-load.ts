import type { TeamSettings } from '../shared/team-settings.ts'
import { type CaseWeight, sumPoints } from './case-weight.ts'
import { type LoadRole, roleFactor } from './role-factor.ts'

/** One role a professional holds on one case, with the case's weight. */
export interface HeldRole {
  readonly caseId: string
  readonly reference: string
  readonly role: LoadRole
  readonly weight: CaseWeight
  /** whether anyone besides the regisseur works on the case (see `roleFactor`) */
  readonly caseHasPartners: boolean
}

/** One line of a professional's load: the case, the role, and weight × factor = points. */
export interface LoadPart {
  readonly caseId: string
  readonly reference: string
  readonly role: LoadRole
  readonly weight: number
  readonly factor: number
  readonly points: number
}

export interface Load {
  /** always the sum of `parts[].points` */
  readonly points: number
  readonly parts: readonly LoadPart[]
}

/**
 * A professional's load (docs/architecture.md#weighting-and-capacity): Σ case weight × role factor over every
 * role they hold. A co-worked case lands on every co-worker's load (R8, Professionele ruimte en autonomie in
 * praktijk brengen: "Met meer mensen een zaak pakken, dan heb je minder ruimte om een caseload op te
 * pakken"). Someone with two roles on one case (say regisseur and intern supervisor) carries both.
 */
export const professionalLoad = (roles: readonly HeldRole[], settings: TeamSettings): Load => {
  const parts = roles.map((held): LoadPart => {
    const factor = roleFactor(held.role, held.caseHasPartners, settings)
    return {
      caseId: held.caseId,
      reference: held.reference,
      role: held.role,
      weight: held.weight.points,
      factor,
      points: held.weight.points * factor,
    }
  })
  return { points: sumPoints(parts), parts }
}
