import fc from 'fast-check'
import type { TeamCommand } from '../commands/index.ts'
import type { DecisionContext } from '../decider/context.ts'
import type { TeamDecisionState } from '../decider/state.ts'
import type { CaseRole, Discipline, Employment, ExemptionGround, PlanKind } from '../shared/vocabulary.ts'
import { teamId } from './fixtures.ts'

/**
 * Turns a few random numbers into a plausible command against the current state, for property
 * tests: ids are drawn from small pools, so commands often hit existing professionals and cases —
 * and often break a rule (wrong role, unregistered regisseur, duplicate id), which is the point.
 */
export interface Step {
  readonly kind: number
  readonly a: number
  readonly b: number
  readonly c: number
  readonly days: number
  readonly actor: number
}

const professionalIds = Array.from({ length: 16 }, (_, i) => `p${i}`)
const caseIds = Array.from({ length: 40 }, (_, i) => `c${i}`)
const profiles: ReadonlyArray<readonly [Discipline, 'mbo' | 'hbo' | 'wo', Employment]> = [
  ['jeugdzorgwerker', 'hbo', 'employee'],
  ['thuisbegeleider', 'mbo', 'employee'],
  ['orthopedagoog', 'wo', 'seconded'],
  ['gezinshuisouder', 'mbo', 'zzp'],
  ['maatschappelijk-werker', 'hbo', 'intern'],
  ['logopedist', 'hbo', 'zzp'],
]
const roles: readonly CaseRole[] = [
  'tandem-practitioner',
  'gezinshuisouder',
  'behavioural-scientist',
  'intern',
  'co-worker',
]
const grounds: readonly ExemptionGround[] = [
  'continuity-of-relationship',
  'essential-specific-skills',
  'discipline-without-skj-registration',
  'close-cooperation-with-registered',
]
const actorRoles: ReadonlyArray<DecisionContext['role']> = [
  'professional',
  'professional',
  'coach',
  'coach',
  'admin',
  'auditor',
]

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length]!

/** Random steps for the property tests; `plausibleCommand` turns each into a command. */
export const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat({ max: 999 }),
  a: fc.nat({ max: 999 }),
  b: fc.nat({ max: 999 }),
  c: fc.nat({ max: 9999 }),
  days: fc.nat({ max: 2 }),
  actor: fc.nat({ max: 999 }),
})

/** The day `offset` days after 2026-01-05, as `YYYY-MM-DD`. */
export const dayAfterStart = (offset: number): string =>
  new Date(Date.UTC(2026, 0, 5 + offset)).toISOString().slice(0, 10)

/** A professional actor is one of the first few professionals, so their own signals and absences pass. */
export const contextOf = (step: Step, day: string): DecisionContext => {
  const role = pick(actorRoles, step.actor)
  return {
    actor: `user-${step.actor % 3}`,
    role,
    ...(role === 'professional' ? { professionalId: pick(professionalIds, step.actor % 3) } : {}),
    occurredAt: `${day}T10:00:00Z`,
  }
}

export const plausibleCommand = (step: Step, state: TeamDecisionState, offset: number): TeamCommand => {
  const day = dayAfterStart(offset)
  const { a, b, c } = step
  // mostly someone or something that exists, sometimes an unknown or departed one
  const team = state.status === 'founded' ? state : undefined
  const known = [...(team?.professionals.values() ?? [])]
    .filter((p) => !p.leftOn)
    .map((p) => p.professionalId)
  const open = [...(team?.cases.values() ?? [])].filter((x) => x.status === 'open').map((x) => x.caseId)
  const professionalId = a % 6 === 0 || known.length === 0 ? pick(professionalIds, a) : pick(known, a)
  const other = b % 6 === 0 || known.length === 0 ? pick(professionalIds, b) : pick(known, b)
  const caseId = b % 6 === 0 || open.length === 0 ? pick(caseIds, b) : pick(open, b)
  const planned = [...(team?.sessions ?? [])].filter(([, x]) => x.status === 'planned').map(([id]) => id)
  const sessionId = c % 3 === 0 || planned.length === 0 ? `s${b % 30}` : pick(planned, b)
  const regisseur = team?.cases.get(caseId)?.regie?.professionalId
  const exemption =
    c % 3 === 0
      ? {
          exemption: { ground: pick(grounds, c), reasoning: 'Afgewogen in het overleg.', decidedBy: [other] },
        }
      : {}
  switch (step.kind % 21) {
    case 0:
    case 1: {
      const [discipline, educationLevel, employment] = pick(profiles, b)
      return {
        _tag: 'AddProfessional',
        teamId,
        professionalId: pick(professionalIds, a),
        name: `Collega ${professionalId}`,
        discipline,
        educationLevel,
        employment,
        contractHours: 24 + (c % 13),
        starter: c % 2 === 0,
      }
    }
    case 2: {
      // registrations of 1–6 years that started up to 5 years ago: some are, or soon become, expired
      const validFrom = dayAfterStart(-(c % 1800))
      return {
        _tag: 'RecordRegistration',
        teamId,
        professionalId,
        register: c % 5 === 0 ? 'BIG' : 'SKJ',
        number: `SKJ${1000 + c}`,
        validFrom,
        validUntil: dayAfterStart(-(c % 1800) + 365 * (1 + (b % 6))),
      }
    }
    case 3:
      return c % 2 === 0
        ? { _tag: 'EndRegistration', teamId, professionalId, register: 'SKJ', reason: 'suspended' }
        : { _tag: 'RenewRegistration', teamId, professionalId, register: 'SKJ' }
    case 4:
      return {
        _tag: 'RecordAbsence',
        teamId,
        professionalId,
        absenceId: `a${c % 40}`,
        kind: 'leave',
        from: day,
        until: dayAfterStart(offset + (b % 10)),
      }
    case 5:
      // leaving is rare in a team; most of these draws record expertise instead
      return c % 5 === 0
        ? { _tag: 'RemoveProfessional', teamId, professionalId }
        : { _tag: 'RecordExpertise', teamId, professionalId, expertise: ['LVB'] }
    case 6:
    case 7:
      return {
        _tag: 'RegisterCase',
        teamId,
        caseId: pick(caseIds, a),
        reference: `2026-${String(c % 200).padStart(3, '0')}`,
        receivedOn: day,
        setting: c % 4 === 0 ? 'gezinshuis' : 'ambulant',
        expertiseNeeded: [],
      }
    case 19:
      return {
        _tag: 'AssessCase',
        teamId,
        caseId,
        indicators: {
          unsafe: (c & 1) > 0,
          heavyResponsibility: (c & 2) > 0,
          complexProblems: (c & 4) > 0,
          highImpact: (c & 8) > 0,
        },
        intensity: c % 3 === 0 ? 'heavy' : 'moderate',
        reasoning: 'Gewogen in het verdeeloverleg.',
      }
    case 8:
    case 9:
      return { _tag: 'AssignRegie', teamId, caseId, professionalId, ...exemption }
    case 10:
      return {
        _tag: 'ReleaseRegie',
        teamId,
        caseId,
        professionalId: regisseur ?? professionalId,
        reason: 'Overdracht',
      }
    case 11:
    case 12:
      return {
        _tag: 'AddCaseMember',
        teamId,
        caseId,
        professionalId,
        role: pick(roles, c),
        ...(c % 2 === 0 ? { supervisorId: other } : {}),
        ...exemption,
      }
    case 13:
      return { _tag: 'RemoveCaseMember', teamId, caseId, professionalId, reason: 'Klaar' }
    case 14:
      return { _tag: 'RecordTandemContact', teamId, caseId, practitionerId: professionalId }
    case 15: {
      const kind: PlanKind = c % 2 === 0 ? 'help-plan' : 'treatment-plan'
      return {
        _tag: 'EstablishPlan',
        teamId,
        caseId,
        kind,
        establishedBy: regisseur && c % 4 === 0 ? regisseur : professionalId,
      }
    }
    case 16:
      return { _tag: 'CloseCase', teamId, caseId, reason: 'Afgerond' }
    case 17:
      return c % 3 === 0
        ? {
            _tag: 'PlanReflectionSession',
            teamId,
            sessionId,
            kind: 'intervisie',
            on: day,
            hours: 2,
            participants: [professionalId, other],
          }
        : c % 3 === 1
          ? {
              _tag: 'HoldReflectionSession',
              teamId,
              sessionId,
              attendees: [professionalId],
              hours: 2,
              minutes: 'Reflectie op eigen handelen.',
              becameCaseDiscussion: false,
              grades: [{ professionalId: c % 5 === 0 ? other : professionalId, grade: c % 12 }],
            }
          : {
              _tag: 'CancelReflectionSession',
              teamId,
              sessionId,
              reason: 'workload',
              explanation: '',
            }
    case 18:
      return c % 2 === 0
        ? {
            _tag: 'RaiseWorkloadSignal',
            teamId,
            signalId: `w${b % 3}`,
            professionalId,
            description: 'Te veel',
          }
        : { _tag: 'AnswerWorkloadSignal', teamId, signalId: `w${b % 3}`, answer: 'Besproken' }
    default:
      return c % 2 === 0
        ? { _tag: 'OpenMeeting', teamId, meetingId: `m${b % 6}`, present: [professionalId] }
        : { _tag: 'CloseMeeting', teamId, meetingId: `m${b % 6}`, present: [] }
  }
}
