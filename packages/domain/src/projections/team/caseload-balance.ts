import type { DateOnly } from '../../shared/primitives.ts'
import { type Capacity, capacity, loadRatio } from '../../weights/capacity.ts'
import { type HeldRole, type Load, professionalLoad } from '../../weights/professional-load.ts'
import { activeCases, rolesOnCase, teamMembersOn, weightOf } from './case-facts.ts'
import type { TeamState } from './team-state.ts'

export interface MemberBalance {
  readonly professionalId: string
  readonly name: string
  /** the cases behind the number: reference, role, weight, factor, points */
  readonly load: Load
  readonly capacity: Capacity
  readonly ratio: number | null
  /** ratio above the team's `overloadRatio` */
  readonly overloaded: boolean
}

export interface CaseloadBalance {
  readonly asOf: DateOnly
  readonly members: readonly MemberBalance[]
  readonly team: {
    readonly load: number
    readonly capacity: number
    readonly ratio: number | null
    /** weight of open cases no current member holds a role on: demand on nobody's caseload */
    readonly unplacedPoints: number
  }
}

/**
 * Caseload balance (R8, De lerende jeugdprofessional: "Verdeel de taken (caseload). Dit kan door casussen
 * te wegen en te koppelen aan deskundigheid"; Professionele ruimte en autonomie in praktijk brengen: "Met meer mensen een zaak pakken,
 * dan heb je minder ruimte om een caseload op te pakken"): per professional still on the team, their load,
 * capacity in the week of `asOf`, and ratio; and the team's totals.
 */
export const caseloadBalance = (state: TeamState, asOf: DateOnly): CaseloadBalance => {
  const { settings } = state
  const onTeam = teamMembersOn(state, asOf)
  const memberIds = new Set(onTeam.map((professional) => professional.id))
  const held = new Map<string, HeldRole[]>()
  let unplacedPoints = 0
  for (const view of activeCases(state)) {
    const roles = rolesOnCase(view, settings).filter((role) => memberIds.has(role.professionalId))
    if (roles.length === 0) unplacedPoints += weightOf(view, settings).points
    for (const { professionalId, held: role } of roles) {
      const list = held.get(professionalId)
      if (list) list.push(role)
      else held.set(professionalId, [role])
    }
  }
  const members = onTeam.map((professional): MemberBalance => {
    const load = professionalLoad(held.get(professional.id) ?? [], settings)
    const available = capacity(professional, settings, asOf)
    const ratio = loadRatio(load.points, available.points)
    return {
      professionalId: professional.id,
      name: professional.name,
      load,
      capacity: available,
      ratio,
      overloaded: ratio !== null && ratio > settings.overloadRatio,
    }
  })
  const load = members.reduce((total, member) => total + member.load.points, 0)
  const teamCapacity = members.reduce((total, member) => total + member.capacity.points, 0)
  return {
    asOf,
    members,
    team: { load, capacity: teamCapacity, ratio: loadRatio(load, teamCapacity), unplacedPoints },
  }
}
