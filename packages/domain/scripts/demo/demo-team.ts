import type { Discipline, EducationLevel, Employment, Register } from '../../src/shared/vocabulary.ts'
import type { Actor, DemoRun } from './demo-runner.ts'

export const demoTeamId = 'demo-noord'
export const admin: Actor = { actor: 'admin-1', role: 'admin' }
export const coach: Actor = { actor: 'coach-1', role: 'coach' }
export const asProfessional = (professionalId: string): Actor => ({
  actor: `user-${professionalId}`,
  role: 'professional',
  professionalId,
})

interface DemoProfessional {
  readonly id: string
  readonly name: string
  readonly discipline: Discipline
  readonly educationLevel: EducationLevel
  readonly employment: Employment
  readonly hours: number
  readonly motherOrganisation?: string
  readonly starter?: boolean
  readonly registration?: { readonly register: Register; readonly from: string; readonly until?: string }
  readonly expertise: readonly string[]
}

/**
 * A mixed jeugdteam (fictional colleagues): registered hbo/wo professionals, two unregistered mbo
 * thuisbegeleiders, a gezinshuisouder pair, an orthopedagoog and a gz-psycholoog, an intern, a
 * vaktherapeut without SKJ, and one registration that lapses during the demo (Daan, 30 September).
 */
const demoProfessionals: readonly DemoProfessional[] = [
  {
    id: 'p01',
    name: 'Anouk',
    discipline: 'jeugdzorgwerker',
    educationLevel: 'hbo',
    employment: 'employee',
    hours: 32,
    registration: { register: 'SKJ', from: '2023-02-01' },
    expertise: ['huiselijk geweld', 'veiligheidsplan'],
  },
  {
    id: 'p02',
    name: 'Bram',
    discipline: 'maatschappelijk-werker',
    educationLevel: 'hbo',
    employment: 'seconded',
    motherOrganisation: 'Stichting Jeugdhulp Noord',
    hours: 36,
    registration: { register: 'SKJ', from: '2021-12-01' },
    expertise: ['scheiding', 'schulden'],
  },
  {
    id: 'p03',
    name: 'Chaima',
    discipline: 'pedagoog',
    educationLevel: 'hbo',
    employment: 'employee',
    hours: 32,
    registration: { register: 'SKJ', from: '2024-06-01' },
    expertise: ['opvoedondersteuning', 'jonge kinderen'],
  },
  {
    id: 'p04',
    name: 'Daan',
    discipline: 'sociaal-werker',
    educationLevel: 'hbo',
    employment: 'employee',
    hours: 28,
    registration: { register: 'SKJ', from: '2021-10-01', until: '2026-09-30' },
    expertise: ['jongeren 16+', 'schoolverzuim'],
  },
  {
    id: 'p05',
    name: 'Esra',
    discipline: 'orthopedagoog',
    educationLevel: 'wo',
    employment: 'employee',
    hours: 32,
    registration: { register: 'SKJ', from: '2022-04-01' },
    expertise: ['diagnostiek', 'LVB', 'gezinshuis'],
  },
  {
    id: 'p06',
    name: 'Floor',
    discipline: 'gz-psycholoog',
    educationLevel: 'wo',
    employment: 'seconded',
    motherOrganisation: 'GGZ Jeugd Regio',
    hours: 24,
    registration: { register: 'BIG', from: '2017-01-16', until: '2027-01-15' },
    expertise: ['trauma', 'angst'],
  },
  {
    id: 'p07',
    name: 'Gijs',
    discipline: 'thuisbegeleider',
    educationLevel: 'mbo',
    employment: 'employee',
    hours: 36,
    expertise: ['praktische thuisondersteuning'],
  },
  {
    id: 'p08',
    name: 'Hatice',
    discipline: 'thuisbegeleider',
    educationLevel: 'mbo',
    employment: 'employee',
    hours: 32,
    expertise: ['dagstructuur', 'praktische thuisondersteuning'],
  },
  {
    id: 'p09',
    name: 'Ilse',
    discipline: 'gezinshuisouder',
    educationLevel: 'mbo',
    employment: 'zzp',
    hours: 36,
    expertise: ['gezinshuis'],
  },
  {
    id: 'p10',
    name: 'Jeroen',
    discipline: 'gezinshuisouder',
    educationLevel: 'mbo',
    employment: 'zzp',
    hours: 36,
    expertise: ['gezinshuis'],
  },
  {
    id: 'p11',
    name: 'Kim',
    discipline: 'maatschappelijk-werker',
    educationLevel: 'hbo',
    employment: 'intern',
    hours: 32,
    expertise: [],
  },
  {
    id: 'p12',
    name: 'Lotte',
    discipline: 'jeugdverpleegkundige',
    educationLevel: 'hbo',
    employment: 'employee',
    hours: 28,
    starter: true,
    registration: { register: 'BIG', from: '2025-09-01' },
    expertise: ['jonge kinderen', 'gezondheid'],
  },
  {
    id: 'p13',
    name: 'Mehmet',
    discipline: 'vaktherapeut',
    educationLevel: 'hbo',
    employment: 'zzp',
    hours: 16,
    expertise: ['speltherapie'],
  },
]

/** Founds the team, then adds every colleague with registration and expertise, on its first day. */
export const foundDemoTeam = (run: DemoRun): void => {
  const teamId = demoTeamId
  run.run({ _tag: 'FoundTeam', teamId, name: 'Jeugdteam Noord (demo)' }, admin, '2026-08-17T08:00:00Z')
  for (const [index, p] of demoProfessionals.entries()) {
    const at = `2026-08-17T08:${String(10 + index).padStart(2, '0')}:00Z`
    const { id: professionalId, name, discipline, educationLevel, employment, hours } = p
    run.run(
      {
        _tag: 'AddProfessional',
        teamId,
        professionalId,
        name,
        discipline,
        educationLevel,
        employment,
        ...(p.motherOrganisation ? { motherOrganisation: p.motherOrganisation } : {}),
        contractHours: hours,
        joinedOn: '2026-08-17',
        starter: p.starter ?? false,
      },
      admin,
      at,
    )
    if (p.registration) {
      const { register, from: validFrom, until } = p.registration
      const number = `${register}${professionalId.slice(1)}${validFrom.slice(2, 4)}0417`
      run.run(
        {
          _tag: 'RecordRegistration',
          teamId,
          professionalId,
          register,
          number,
          validFrom,
          ...(until ? { validUntil: until } : {}),
        },
        admin,
        at,
      )
    }
    if (p.expertise.length > 0) {
      run.run({ _tag: 'RecordExpertise', teamId, professionalId, expertise: p.expertise }, admin, at)
    }
  }
}
