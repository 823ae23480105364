import { describe, it } from 'vitest'
import { given } from '../testing/decider-spec.ts'
import {
  caseRegistered,
  joined,
  memberAdded,
  regieAssigned,
  registered,
  registeredProfessional,
  teamFounded,
  teamId,
} from '../testing/fixtures.ts'

const team = [teamFounded(), joined('p1')]
/** Membership, contracts and registrations are personnel work: the coach records them (authority table). */
const coach = { role: 'coach' } as const

describe('Professionals', () => {
  it('adds a thuisbegeleider, joining on the day of the decision', () => {
    given([teamFounded()])
      .when(
        {
          _tag: 'AddProfessional',
          teamId,
          professionalId: 'p1',
          name: 'Collega p1',
          discipline: 'pedagoog',
          educationLevel: 'hbo',
          employment: 'employee',
          contractHours: 32,
          starter: false,
        },
        coach,
      )
      .then([{ ...joined('p1'), joinedOn: '2026-09-01' }])
  })

  it('refuses a professional id that is already used', () => {
    given(team)
      .when({ ...joined('p1'), _tag: 'AddProfessional' }, coach)
      .thenRejects('DuplicateId', 'professionalId')
  })

  it('changes contract hours from today', () => {
    given(team)
      .when({ _tag: 'ChangeContract', teamId, professionalId: 'p1', contractHours: 24 }, coach)
      .then([
        {
          _tag: 'ContractChanged',
          teamId,
          professionalId: 'p1',
          contractHours: 24,
          effectiveFrom: '2026-09-01',
        },
      ])
  })

  it('records expertise to couple cases to (R8)', () => {
    given(team)
      .when({ _tag: 'RecordExpertise', teamId, professionalId: 'p1', expertise: ['LVB', 'scheiding'] }, coach)
      .thenEmits('ExpertiseRecorded')
  })

  it('records an absence and refuses one that ends before it starts', () => {
    const absence = {
      _tag: 'RecordAbsence',
      teamId,
      professionalId: 'p1',
      absenceId: 'a1',
      kind: 'leave',
    } as const
    given(team)
      .when({ ...absence, from: '2026-09-10', until: '2026-09-20' }, coach)
      .thenEmits('AbsenceRecorded')
    given(team)
      .when({ ...absence, from: '2026-09-20', until: '2026-09-10' }, coach)
      .thenRejects('InvalidPeriod', 'until')
  })

  it('releases regie and case roles when a colleague leaves the team', () => {
    given([
      ...team,
      ...registeredProfessional('p2'),
      caseRegistered('c1'),
      caseRegistered('c2'),
      regieAssigned('c1', 'p2'),
      memberAdded('c2', 'p2', 'co-worker'),
    ])
      .when({ _tag: 'RemoveProfessional', teamId, professionalId: 'p2' }, coach)
      .then([
        {
          _tag: 'RegieReleased',
          teamId,
          caseId: 'c1',
          professionalId: 'p2',
          reason: 'Vertrokken uit het team',
        },
        {
          _tag: 'CaseMemberRemoved',
          teamId,
          caseId: 'c2',
          professionalId: 'p2',
          reason: 'Vertrokken uit het team',
        },
        { _tag: 'ProfessionalLeftTeam', teamId, professionalId: 'p2', leftOn: '2026-09-01' },
      ])
  })

  it('keeps a supervisor on the team while their intern works a case (R6)', () => {
    given([
      ...team,
      ...registeredProfessional('p2'),
      joined('p-stage', { employment: 'intern' }),
      caseRegistered('c1'),
      memberAdded('c1', 'p-stage', 'intern', { supervisorId: 'p2' }),
    ])
      .when({ _tag: 'RemoveProfessional', teamId, professionalId: 'p2' }, coach)
      .thenRejects('InternNeedsSupervisor')
  })
})

describe('Registrations (R1, R7)', () => {
  it('records an SKJ registration valid five years by default', () => {
    given(team)
      .when(
        {
          _tag: 'RecordRegistration',
          teamId,
          professionalId: 'p1',
          register: 'SKJ',
          number: '110012345',
          validFrom: '2026-03-01',
        },
        coach,
      )
      .then([
        {
          _tag: 'RegistrationRecorded',
          teamId,
          professionalId: 'p1',
          register: 'SKJ',
          number: '110012345',
          validFrom: '2026-03-01',
          validUntil: '2031-02-28',
        },
      ])
  })

  it('refuses a registration that ends before it starts', () => {
    given(team)
      .when(
        {
          _tag: 'RecordRegistration',
          teamId,
          professionalId: 'p1',
          register: 'SKJ',
          number: '110012345',
          validFrom: '2026-03-01',
          validUntil: '2025-01-01',
        },
        coach,
      )
      .thenRejects('InvalidPeriod', 'validUntil')
  })

  it('renews a registration for another five years', () => {
    given([...team, registered('p1', '2021-12-01', '2026-11-30')])
      .when({ _tag: 'RenewRegistration', teamId, professionalId: 'p1', register: 'SKJ' }, coach)
      .then([
        {
          _tag: 'RegistrationRenewed',
          teamId,
          professionalId: 'p1',
          register: 'SKJ',
          validUntil: '2031-11-30',
        },
      ])
  })

  it('refuses renewing a registration the colleague does not have', () => {
    given(team)
      .when({ _tag: 'RenewRegistration', teamId, professionalId: 'p1', register: 'BIG' }, coach)
      .thenRejects('NoRegistration')
  })

  it('ends a registration that is no longer in order', () => {
    given([...team, registered('p1')])
      .when(
        { _tag: 'EndRegistration', teamId, professionalId: 'p1', register: 'SKJ', reason: 'suspended' },
        coach,
      )
      .then([
        {
          _tag: 'RegistrationEnded',
          teamId,
          professionalId: 'p1',
          register: 'SKJ',
          endedOn: '2026-09-01',
          reason: 'suspended',
        },
      ])
  })

  it('refuses ending a registration twice', () => {
    given([
      ...team,
      registered('p1'),
      {
        _tag: 'RegistrationEnded',
        teamId,
        professionalId: 'p1',
        register: 'SKJ',
        endedOn: '2026-08-01',
        reason: 'suspended',
      },
    ])
      .when(
        { _tag: 'EndRegistration', teamId, professionalId: 'p1', register: 'SKJ', reason: 'withdrawn' },
        coach,
      )
      .thenRejects('NoRegistration')
  })
})
