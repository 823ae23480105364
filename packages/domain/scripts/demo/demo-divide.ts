import type { FoundedTeam } from '../../src/decider/state.ts'
import { mayHoldRegie } from '../../src/rules/regie-rules.ts'
import { isAbsent, requiresRegistration } from '../../src/rules/registration.ts'
import type { Indicators, Intensity } from '../../src/shared/vocabulary.ts'
import type { Prng } from './prng.ts'

/** Script-side memory of each demo case: what the team planned for it beyond the log. */
export interface DemoCase {
  readonly caseId: string
  readonly reference: string
  readonly receivedOn: string
  readonly setting: 'ambulant' | 'gezinshuis'
  divided: boolean
  planOn?: string
  closeOn?: string
  tandem?: string
  lastContact?: string
}

/** An assessment as a team would make it: about two in three cases show at least one indicator. */
export const demoAssessment = (prng: Prng): { indicators: Indicators; intensity: Intensity } => {
  const serious = prng.chance(0.65)
  const indicators = {
    unsafe: serious && prng.chance(0.45),
    heavyResponsibility: serious && prng.chance(0.4),
    complexProblems: serious && prng.chance(0.6),
    highImpact: serious && prng.chance(0.35),
  }
  if (serious && !requiresRegistration(indicators)) indicators.complexProblems = true
  const intensity: Intensity = !serious
    ? prng.pick(['light', 'light', 'moderate'])
    : indicators.unsafe && prng.chance(0.25)
      ? 'crisis'
      : prng.pick(['moderate', 'heavy', 'heavy'])
  return { indicators, intensity }
}

const regieCount = (team: FoundedTeam, professionalId: string): number =>
  [...team.cases.values()].filter((c) => c.status === 'open' && c.regie?.professionalId === professionalId)
    .length

/**
 * The regisseur the meeting would choose: someone who may hold regie without an exemption today,
 * with the fewest open regie cases (R8: spread the load), thuisbegeleiders only for light cases.
 */
export const chooseRegisseur = (
  team: FoundedTeam,
  caseId: string,
  on: string,
  prng: Prng,
): string | undefined => {
  const theCase = team.cases.get(caseId)!
  const candidates = [...team.professionals.values()].filter(
    (p) =>
      p.leftOn === undefined &&
      !['gezinshuisouder', 'vaktherapeut', 'logopedist'].includes(p.discipline) &&
      (p.educationLevel !== 'mbo' || prng.chance(0.5)) &&
      mayHoldRegie({ team, professional: p, theCase, exemption: undefined, on }) === undefined,
  )
  const ranked = candidates
    .map((p) => ({ id: p.professionalId, score: regieCount(team, p.professionalId) + prng.next() }))
    .sort((a, b) => a.score - b.score)
  return ranked[0]?.id
}

/** An available thuisbegeleider for a tandem (not absent today). */
export const chooseTandemPartner = (team: FoundedTeam, on: string, prng: Prng): string | undefined => {
  const available = [...team.professionals.values()].filter(
    (p) => p.discipline === 'thuisbegeleider' && p.leftOn === undefined && !isAbsent(p, on),
  )
  return available.length > 0 ? prng.pick(available).professionalId : undefined
}
