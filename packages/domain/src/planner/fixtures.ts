import { defaultTeamSettings } from '../shared/team-settings.ts'
import type { Discipline, Employment, Indicators, Intensity } from '../shared/vocabulary.ts'
import type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'
import type { MeetingInput } from './propose-meeting.ts'

/**
 * Planner inputs for tests and the bench: hand-built colleagues and cases that read as a team's
 * story, and seeded generated meetings (no randomness without a seed: the domain has none).
 */

export const meetingDay = '2026-09-07'

export const colleague = (
  id: string,
  overrides: Partial<PlanningProfessional> = {},
): PlanningProfessional => ({
  id,
  name: id,
  discipline: 'pedagoog',
  educationLevel: 'hbo',
  employment: 'employee',
  starter: false,
  expertise: [],
  registrations: [{ register: 'SKJ', validFrom: '2024-01-01', validUntil: '2028-12-31' }],
  absences: [],
  load: 20,
  capacity: 40,
  ...overrides,
})

/** An unregistered mbo thuisbegeleider: the practitioner of a tandem (R4). */
export const thuisbegeleider = (
  id: string,
  overrides: Partial<PlanningProfessional> = {},
): PlanningProfessional =>
  colleague(id, {
    discipline: 'thuisbegeleider',
    educationLevel: 'mbo',
    registrations: [],
    expertise: ['opvoedondersteuning'],
    ...overrides,
  })

/** A registered orthopedagoog: the behavioural scientist of a gezinshuis case (R5). */
export const gedragswetenschapper = (
  id: string,
  overrides: Partial<PlanningProfessional> = {},
): PlanningProfessional => colleague(id, { discipline: 'orthopedagoog', educationLevel: 'wo', ...overrides })

const noIndicators: Indicators = {
  unsafe: false,
  heavyResponsibility: false,
  complexProblems: false,
  highImpact: false,
}

export const waitingCase = (
  id: string,
  overrides: Partial<PlanningCase> & {
    readonly indicators?: Partial<Indicators>
    readonly intensity?: Intensity
  } = {},
): PlanningCase => {
  const { indicators, intensity, ...rest } = overrides
  return {
    id,
    reference: `2026-${id}`,
    setting: 'ambulant',
    expertiseNeeded: [],
    assessment: { indicators: { ...noIndicators, ...indicators }, intensity: intensity ?? 'moderate' },
    members: [],
    knownBy: [],
    ...rest,
  }
}

export const team = (professionals: readonly PlanningProfessional[]): PlanningTeam => ({
  on: meetingDay,
  settings: defaultTeamSettings,
  professionals,
})

const expertisePool = [
  'trauma',
  'lvb',
  'verslaving',
  'opvoedondersteuning',
  'scheiding',
  'autisme',
  'ggz',
  'jonge-kind',
]
const registeredDisciplines: readonly Discipline[] = [
  'jeugdzorgwerker',
  'pedagoog',
  'orthopedagoog',
  'maatschappelijk-werker',
]
const intensities: readonly Intensity[] = ['light', 'moderate', 'moderate', 'heavy', 'crisis']

/** mulberry32: a tiny seeded generator, enough to vary teams reproducibly. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A meeting of a generated team: mostly registered colleagues, some thuisbegeleiders, an intern,
 * starters, a lapsed registration and absences now and then, loads from light to overloaded; with
 * `gezinshuisShare`, that share of the cases are gezinshuis placements (R5).
 */
export const generatedMeeting = (
  seed: number,
  size: { readonly professionals: number; readonly cases: number; readonly gezinshuisShare?: number },
): MeetingInput => {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const some = (count: number): string[] => [
    ...new Set(Array.from({ length: count }, () => pick(expertisePool))),
  ]
  const professionals = Array.from({ length: size.professionals }, (_, i): PlanningProfessional => {
    const id = `p${i}`
    const roll = random()
    const employment: Employment = roll < 0.04 ? 'intern' : 'employee'
    const hours = pick([24, 28, 32, 36])
    const starter = random() < 0.15
    const capacity = (hours / 36) * 40 * (starter ? 0.75 : 1)
    const base = {
      starter,
      employment,
      expertise: some(1 + Math.floor(random() * 3)),
      load: capacity * (0.2 + random() * 0.5),
      capacity,
      absences: random() < 0.1 ? [{ from: '2026-09-14', until: '2026-09-25' }] : [],
    }
    if (roll > 0.8 || employment === 'intern') return thuisbegeleider(id, base)
    const lapsed = random() < 0.05
    return colleague(id, {
      ...base,
      discipline: pick(registeredDisciplines),
      registrations: [
        {
          register: 'SKJ',
          validFrom: '2021-06-01',
          validUntil: lapsed ? '2026-05-31' : pick(['2026-12-31', '2030-06-01']),
        },
      ],
    })
  })
  const cases = Array.from({ length: size.cases }, (_, i) =>
    waitingCase(`c${i}`, {
      intensity: pick(intensities),
      indicators: { unsafe: random() < 0.3, complexProblems: random() < 0.3, highImpact: random() < 0.2 },
      expertiseNeeded: some(Math.floor(random() * 3)),
      knownBy: random() < 0.2 ? [pick(professionals).id] : [],
      // Drawn only when asked for, so the teams of the existing seeds stay as they were.
      ...(size.gezinshuisShare && random() < size.gezinshuisShare ? { setting: 'gezinshuis' as const } : {}),
    }),
  )
  return { ...team(professionals), cases }
}
