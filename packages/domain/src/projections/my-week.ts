import type { DateOnly } from '../shared/primitives.ts'
import type { LoadPart } from '../weights/professional-load.ts'
import { nextReflection } from './reflection/reflection-report.ts'
import type { ReflectionState, SessionView } from './reflection/reflection-state.ts'
import { caseloadBalance, type MemberBalance } from './team/caseload-balance.ts'
import { type OpenSignal, openSignals } from './team/open-signals.ts'
import { type SignalStatus, signalsRaisedBy } from './team/signals-raised.ts'
import { type TandemHealth, tandemHealth } from './team/tandem-health.ts'
import type { TeamState } from './team/team-state.ts'

export interface MyWeek {
  readonly professionalId: string
  readonly asOf: DateOnly
  /** load, capacity and ratio; null when the person is not on the team on `asOf` */
  readonly balance: MemberBalance | null
  /** each case and role, with its points (the parts of the load) */
  readonly cases: readonly LoadPart[]
  /** tandems this person is in, as regisseur or as practitioner (R4) */
  readonly tandems: readonly TandemHealth[]
  readonly nextReflection: SessionView | null
  readonly openSignals: readonly OpenSignal[]
  /** every signal this person raised, open or answered, with the answer: newest first */
  readonly mySignals: readonly SignalStatus[]
}

/**
 * "My week" for one professional: own caseload, tandem partners, next reflection, own signals and
 * the organisation's answers to them.
 */
export const myWeek = (
  team: TeamState,
  reflection: ReflectionState,
  professionalId: string,
  asOf: DateOnly,
): MyWeek => {
  const balance = caseloadBalance(team, asOf).members.find((m) => m.professionalId === professionalId) ?? null
  return {
    professionalId,
    asOf,
    balance,
    cases: balance?.load.parts ?? [],
    tandems: tandemHealth(team, asOf).filter(
      (pair) => pair.regisseurId === professionalId || pair.practitionerId === professionalId,
    ),
    nextReflection: nextReflection(reflection, professionalId, asOf),
    openSignals: openSignals(team, asOf, professionalId),
    mySignals: signalsRaisedBy(team, asOf, professionalId),
  }
}
