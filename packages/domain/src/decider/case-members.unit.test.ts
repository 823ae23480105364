import { describe, it } from 'vitest'
import type { CommandOf } from '../commands/index.ts'
import type { CaseRole } from '../shared/vocabulary.ts'
import { given } from '../testing/decider-spec.ts'
import {
  assessed,
  caseRegistered,
  exemption,
  joined,
  memberAdded,
  regieAssigned,
  registered,
  registeredProfessional,
  teamFounded,
  teamId,
  thuisbegeleider,
} from '../testing/fixtures.ts'

const team = [
  teamFounded(),
  ...registeredProfessional('p-reg'),
  thuisbegeleider('p-mbo'),
  joined('p-unreg'),
  ...registeredProfessional('p-ortho', { discipline: 'orthopedagoog', educationLevel: 'wo' }),
  joined('p-gho', { discipline: 'gezinshuisouder', educationLevel: 'mbo' }),
  joined('p-stage', { employment: 'intern' }),
  caseRegistered('c1'),
  assessed('c1', { unsafe: true }),
  caseRegistered('g1', { setting: 'gezinshuis' }),
  assessed('g1', { complexProblems: true }),
]
const add = (
  caseId: string,
  professionalId: string,
  role: CaseRole,
  extra: Partial<Pick<CommandOf<'AddCaseMember'>, 'supervisorId' | 'contactIntervalDays' | 'exemption'>> = {},
): CommandOf<'AddCaseMember'> => ({ _tag: 'AddCaseMember', teamId, caseId, professionalId, role, ...extra })

describe('AddCaseMember — R4: the tandem', () => {
  it('pairs a thuisbegeleider with a registered regisseur, with the agreed contact rhythm', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when(add('c1', 'p-mbo', 'tandem-practitioner', { contactIntervalDays: 14 }))
      .then([memberAdded('c1', 'p-mbo', 'tandem-practitioner', { contactIntervalDays: 14 })])
  })

  it('refuses a tandem on an unsafe case that has no regisseur yet', () => {
    given(team)
      .when(add('c1', 'p-mbo', 'tandem-practitioner'))
      .thenRejects('TandemNeedsRegisteredRegisseur')
  })

  it('refuses a tandem whose regisseur is unregistered, even with an exemption', () => {
    given([...team, regieAssigned('c1', 'p-unreg', exemption('continuity-of-relationship'))])
      .when(add('c1', 'p-mbo', 'tandem-practitioner'))
      .thenRejects('TandemNeedsRegisteredRegisseur')
  })

  it('lets a thuisbegeleider work a light case without a registered regisseur', () => {
    given([...team, caseRegistered('c2'), assessed('c2')])
      .when(add('c2', 'p-mbo', 'tandem-practitioner'))
      .thenEmits('CaseMemberAdded')
  })

  it('records structural contact between regisseur and tandem partner', () => {
    given([...team, regieAssigned('c1', 'p-reg'), memberAdded('c1', 'p-mbo', 'tandem-practitioner')])
      .when({ _tag: 'RecordTandemContact', teamId, caseId: 'c1', practitionerId: 'p-mbo' })
      .then([
        {
          _tag: 'TandemContactRecorded',
          teamId,
          caseId: 'c1',
          regisseurId: 'p-reg',
          practitionerId: 'p-mbo',
          on: '2026-09-01',
        },
      ])
  })

  it('refuses tandem contact with someone who is not the tandem partner', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when({ _tag: 'RecordTandemContact', teamId, caseId: 'c1', practitionerId: 'p-mbo' })
      .thenRejects('NotATandemPractitioner')
  })

  it('refuses tandem contact while the case has no regisseur', () => {
    given([...team, caseRegistered('c2'), assessed('c2'), memberAdded('c2', 'p-mbo', 'tandem-practitioner')])
      .when({ _tag: 'RecordTandemContact', teamId, caseId: 'c2', practitionerId: 'p-mbo' })
      .thenRejects('CaseHasNoRegisseur')
  })

  it('refuses adding someone who already works on the case', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when(add('c1', 'p-reg', 'co-worker'))
      .thenRejects('AlreadyOnCase')
  })
})

describe('AddCaseMember — R5: the gezinshuis', () => {
  it('adds a registered behavioural scientist to a gezinshuis case', () => {
    given(team)
      .when(add('g1', 'p-ortho', 'behavioural-scientist'))
      .thenEmits('CaseMemberAdded')
  })

  it('refuses a gezinshuisouder before the behavioural scientist is on the case', () => {
    given(team)
      .when(add('g1', 'p-gho', 'gezinshuisouder'))
      .thenRejects('GezinshuisNeedsRegisteredExpert')
  })

  it('adds the gezinshuisouder once the behavioural scientist is on the case', () => {
    given([...team, memberAdded('g1', 'p-ortho', 'behavioural-scientist')])
      .when(add('g1', 'p-gho', 'gezinshuisouder'))
      .thenEmits('CaseMemberAdded')
  })

  it('adds the gezinshuisouder when the regisseur is the registered behavioural scientist', () => {
    given([...team, regieAssigned('g1', 'p-ortho')])
      .when(add('g1', 'p-gho', 'gezinshuisouder'))
      .thenEmits('CaseMemberAdded')
  })

  it('still refuses the gezinshuisouder when the regisseur is registered but no behavioural scientist', () => {
    given([...team, regieAssigned('g1', 'p-reg')])
      .when(add('g1', 'p-gho', 'gezinshuisouder'))
      .thenRejects('GezinshuisNeedsRegisteredExpert')
  })

  it('refuses a gezinshuisouder on an ambulant case', () => {
    given(team)
      .when(add('c1', 'p-gho', 'gezinshuisouder'))
      .thenRejects('NotAGezinshuisCase', 'role')
  })

  it('refuses a pedagoog as the behavioural scientist', () => {
    given(team)
      .when(add('g1', 'p-reg', 'behavioural-scientist'))
      .thenRejects('NotABehaviouralScientist')
  })

  it('refuses an orthopedagoog whose registration expired as the expert', () => {
    given([
      ...team,
      joined('p-ortho2', { discipline: 'orthopedagoog' }),
      registered('p-ortho2', '2020-01-01', '2025-01-01'),
    ])
      .when(add('g1', 'p-ortho2', 'behavioural-scientist'))
      .thenRejects('RegistrationLapsed')
  })

  it('keeps the only behavioural scientist on the case while gezinshuisouders depend on them', () => {
    given([
      ...team,
      memberAdded('g1', 'p-ortho', 'behavioural-scientist'),
      memberAdded('g1', 'p-gho', 'gezinshuisouder'),
    ])
      .when({
        _tag: 'RemoveCaseMember',
        teamId,
        caseId: 'g1',
        professionalId: 'p-ortho',
        reason: 'Overdracht',
      })
      .thenRejects('GezinshuisNeedsRegisteredExpert')
  })

  it('lets the behavioural scientist leave the case once another one joined', () => {
    given([
      ...team,
      ...registeredProfessional('p-psy', { discipline: 'psycholoog' }),
      memberAdded('g1', 'p-ortho', 'behavioural-scientist'),
      memberAdded('g1', 'p-gho', 'gezinshuisouder'),
      memberAdded('g1', 'p-psy', 'behavioural-scientist'),
    ])
      .when({
        _tag: 'RemoveCaseMember',
        teamId,
        caseId: 'g1',
        professionalId: 'p-ortho',
        reason: 'Overdracht',
      })
      .thenEmits('CaseMemberRemoved')
  })
})

describe('AddCaseMember — R6: interns', () => {
  it('adds an intern under a registered supervisor', () => {
    given(team)
      .when(add('c1', 'p-stage', 'intern', { supervisorId: 'p-reg' }))
      .then([memberAdded('c1', 'p-stage', 'intern', { supervisorId: 'p-reg' })])
  })

  it('refuses an intern without a supervisor', () => {
    given(team)
      .when(add('c1', 'p-stage', 'intern'))
      .thenRejects('InternNeedsSupervisor', 'supervisorId')
  })

  it('refuses an unregistered supervisor', () => {
    given(team)
      .when(add('c1', 'p-stage', 'intern', { supervisorId: 'p-unreg' }))
      .thenRejects('InternNeedsSupervisor', 'supervisorId')
  })

  it('refuses a supervisor who is not on the team', () => {
    given(team)
      .when(add('c1', 'p-stage', 'intern', { supervisorId: 'p-elsewhere' }))
      .thenRejects('InternNeedsSupervisor', 'supervisorId')
  })

  it('refuses an intern added as co-worker', () => {
    given(team)
      .when(add('c1', 'p-stage', 'co-worker'))
      .thenRejects('InternNeedsSupervisor', 'role')
  })
})

describe('AddCaseMember — co-workers under R1/R3/R7', () => {
  it('lets an unregistered colleague co-work under a registered regisseur', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when(add('c1', 'p-unreg', 'co-worker'))
      .thenEmits('CaseMemberAdded')
  })

  it('refuses an unregistered co-worker on an unsafe case without regisseur or exemption', () => {
    given(team)
      .when(add('c1', 'p-unreg', 'co-worker'))
      .thenRejects('RegistrationRequired')
  })

  it('accepts an unregistered co-worker with a recorded exemption', () => {
    given(team)
      .when(add('c1', 'p-unreg', 'co-worker', { exemption: exemption('essential-specific-skills') }))
      .thenEmits('CaseMemberAdded')
  })

  it('refuses a lapsed tandem partner without a recorded close cooperation', () => {
    given([
      ...team,
      joined('p-old'),
      registered('p-old', '2020-01-01', '2025-01-01'),
      regieAssigned('c1', 'p-reg'),
    ])
      .when(add('c1', 'p-old', 'tandem-practitioner'))
      .thenRejects('RegistrationLapsed')
  })

  it('accepts a lapsed tandem partner in recorded close cooperation with the registered regisseur', () => {
    given([
      ...team,
      joined('p-old'),
      registered('p-old', '2020-01-01', '2025-01-01'),
      regieAssigned('c1', 'p-reg'),
    ])
      .when(
        add('c1', 'p-old', 'tandem-practitioner', {
          exemption: exemption('close-cooperation-with-registered'),
        }),
      )
      .thenEmits('CaseMemberAdded')
  })

  it('refuses removing someone who is not on the case', () => {
    given(team)
      .when({ _tag: 'RemoveCaseMember', teamId, caseId: 'c1', professionalId: 'p-reg', reason: 'Klaar' })
      .thenRejects('NotOnCase')
  })
})
