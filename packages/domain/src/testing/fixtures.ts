import type { EventOf } from '../events/index.ts'
import { defaultTeamSettings } from '../shared/team-settings.ts'
import type { CaseRole, Exemption, ExemptionGround, Indicators } from '../shared/vocabulary.ts'

/**
 * Small event builders for decider tests: a history reads as the story a team would tell
 * ("a registered pedagoog joined; case 2026-001 came in; it was assessed as unsafe").
 */

export const teamId = 'noord'

export const teamFounded = (): EventOf<'TeamFounded'> => ({
  _tag: 'TeamFounded',
  teamId,
  name: 'Jeugdteam Noord',
  foundedOn: '2026-01-05',
  settings: defaultTeamSettings,
})

type Joined = EventOf<'ProfessionalJoined'>

export const joined = (professionalId: string, overrides: Partial<Joined> = {}): Joined => ({
  _tag: 'ProfessionalJoined',
  teamId,
  professionalId,
  name: `Collega ${professionalId}`,
  discipline: 'pedagoog',
  educationLevel: 'hbo',
  employment: 'employee',
  contractHours: 32,
  joinedOn: '2026-01-05',
  starter: false,
  ...overrides,
})

export const registered = (
  professionalId: string,
  validFrom = '2024-01-01',
  validUntil = '2028-12-31',
): EventOf<'RegistrationRecorded'> => ({
  _tag: 'RegistrationRecorded',
  teamId,
  professionalId,
  register: 'SKJ',
  number: `SKJ-${professionalId}`,
  validFrom,
  validUntil,
})

/** A registered hbo professional: joined plus a registration valid through 2028. */
export const registeredProfessional = (professionalId: string, overrides: Partial<Joined> = {}) =>
  [joined(professionalId, overrides), registered(professionalId)] as const

/** An unregistered mbo thuisbegeleider. */
export const thuisbegeleider = (professionalId: string): Joined =>
  joined(professionalId, { discipline: 'thuisbegeleider', educationLevel: 'mbo' })

export const caseRegistered = (
  caseId: string,
  overrides: Partial<EventOf<'CaseRegistered'>> = {},
): EventOf<'CaseRegistered'> => ({
  _tag: 'CaseRegistered',
  teamId,
  caseId,
  reference: `2026-${caseId}`,
  receivedOn: '2026-08-20',
  setting: 'ambulant',
  expertiseNeeded: [],
  ...overrides,
})

const noIndicators: Indicators = {
  unsafe: false,
  heavyResponsibility: false,
  complexProblems: false,
  highImpact: false,
}

export const assessed = (caseId: string, indicators: Partial<Indicators> = {}): EventOf<'CaseAssessed'> => ({
  _tag: 'CaseAssessed',
  teamId,
  caseId,
  indicators: { ...noIndicators, ...indicators },
  intensity: 'moderate',
  reasoning: 'Besproken in het verdeeloverleg.',
})

export const exemption = (ground: ExemptionGround): Exemption => ({
  ground,
  reasoning: 'De jongere heeft al twee jaar een goede band met deze begeleider.',
  decidedBy: ['p-reg', 'coach'],
})

export const regieAssigned = (caseId: string, professionalId: string, withExemption?: Exemption) =>
  ({
    _tag: 'RegieAssigned',
    teamId,
    caseId,
    professionalId,
    ...(withExemption ? { exemption: withExemption } : {}),
  }) as EventOf<'RegieAssigned'>

export const memberAdded = (
  caseId: string,
  professionalId: string,
  role: CaseRole,
  extra: Partial<EventOf<'CaseMemberAdded'>> = {},
): EventOf<'CaseMemberAdded'> => ({ _tag: 'CaseMemberAdded', teamId, caseId, professionalId, role, ...extra })
