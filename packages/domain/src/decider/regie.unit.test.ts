import { describe, it } from 'vitest'
import { given } from '../testing/decider-spec.ts'
import {
  assessed,
  caseRegistered,
  exemption,
  joined,
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
  caseRegistered('c1'),
]
const assign = (professionalId: string, extra = {}) =>
  ({ _tag: 'AssignRegie', teamId, caseId: 'c1', professionalId, ...extra }) as const

describe('AssignRegie — R1/R2: a registered professional where an indicator holds', () => {
  it('gives regie of an unsafe case to a registered colleague', () => {
    given([...team, assessed('c1', { unsafe: true })])
      .when(assign('p-reg'))
      .then([regieAssigned('c1', 'p-reg')])
  })

  it('refuses an unregistered regisseur on a case with heavy responsibility', () => {
    given([...team, assessed('c1', { heavyResponsibility: true })])
      .when(assign('p-mbo'))
      .thenRejects('RegistrationRequired', 'professionalId')
  })

  it('lets an unregistered colleague take a case where no indicator holds', () => {
    given([...team, assessed('c1')])
      .when(assign('p-mbo'))
      .then([regieAssigned('c1', 'p-mbo')])
  })

  it('treats a case that is not yet assessed as needing registration', () => {
    given(team).when(assign('p-mbo')).thenRejects('RegistrationRequired')
  })
})

describe('AssignRegie — R3: the tenzij-afweging, recorded', () => {
  it('accepts an unregistered regisseur when the exemption is reasoned and decided', () => {
    const withExemption = exemption('continuity-of-relationship')
    given([...team, assessed('c1', { complexProblems: true })])
      .when(assign('p-mbo', { exemption: withExemption }))
      .then([regieAssigned('c1', 'p-mbo', withExemption)])
  })

  it('refuses an exemption whose reasoning is only blanks', () => {
    const blank = { ...exemption('continuity-of-relationship'), reasoning: '            ' }
    given([...team, assessed('c1', { complexProblems: true })])
      .when(assign('p-mbo', { exemption: blank }))
      .thenRejects('ExemptionIncomplete', 'exemption.reasoning')
  })

  it('refuses the "no SKJ needed" ground for a thuisbegeleider', () => {
    given([...team, assessed('c1', { highImpact: true })])
      .when(assign('p-mbo', { exemption: exemption('discipline-without-skj-registration') }))
      .thenRejects('ExemptionGroundDoesNotApply', 'exemption.ground')
  })

  it('accepts the "no SKJ needed" ground for a speech therapist', () => {
    const ground = exemption('discipline-without-skj-registration')
    given([...team, joined('p-logo', { discipline: 'logopedist' }), assessed('c1', { highImpact: true })])
      .when(assign('p-logo', { exemption: ground }))
      .then([regieAssigned('c1', 'p-logo', ground)])
  })
})

describe('AssignRegie — R7: a lapsed registration', () => {
  const lapsed = [
    ...team,
    joined('p-old'),
    registered('p-old', '2021-01-01', '2026-06-30'),
    assessed('c1', { unsafe: true }),
  ]

  it('refuses a colleague whose registration expired', () => {
    given(lapsed).when(assign('p-old')).thenRejects('RegistrationLapsed', 'professionalId')
  })

  it('refuses close cooperation when no registered colleague is on the case', () => {
    given(lapsed)
      .when(assign('p-old', { exemption: exemption('close-cooperation-with-registered') }))
      .thenRejects('RegistrationLapsed')
  })

  it('accepts close cooperation with a registered colleague on the case', () => {
    const ground = exemption('close-cooperation-with-registered')
    const history = [
      ...lapsed,
      { _tag: 'CaseMemberAdded', teamId, caseId: 'c1', professionalId: 'p-reg', role: 'co-worker' } as const,
    ]
    given(history)
      .when(assign('p-old', { exemption: ground }))
      .then([regieAssigned('c1', 'p-old', ground)])
  })

  it('refuses a colleague whose registration was ended before its end date', () => {
    given([
      ...team,
      assessed('c1', { unsafe: true }),
      {
        _tag: 'RegistrationEnded',
        teamId,
        professionalId: 'p-reg',
        register: 'SKJ',
        endedOn: '2026-08-01',
        reason: 'suspended',
      },
    ])
      .when(assign('p-reg'))
      .thenRejects('RegistrationLapsed')
  })
})

describe('AssignRegie — R10: one regisseur', () => {
  it('refuses a second regisseur', () => {
    given([...team, ...registeredProfessional('p-two'), regieAssigned('c1', 'p-reg')])
      .when(assign('p-two'))
      .thenRejects('CaseAlreadyHasRegisseur', 'caseId')
  })

  it('lets regie pass to a colleague after it is released', () => {
    given([
      ...team,
      ...registeredProfessional('p-two'),
      regieAssigned('c1', 'p-reg'),
      { _tag: 'RegieReleased', teamId, caseId: 'c1', professionalId: 'p-reg', reason: 'Overdracht' },
    ])
      .when(assign('p-two'))
      .then([regieAssigned('c1', 'p-two')])
  })

  it('refuses regie to someone already on the case as tandem partner', () => {
    given([
      ...team,
      ...registeredProfessional('p-two'),
      { _tag: 'CaseMemberAdded', teamId, caseId: 'c1', professionalId: 'p-two', role: 'co-worker' },
    ])
      .when(assign('p-two'))
      .thenRejects('AlreadyOnCase')
  })

  it('refuses regie to a colleague who is absent today', () => {
    given([
      ...team,
      {
        _tag: 'AbsenceRecorded',
        teamId,
        professionalId: 'p-reg',
        absenceId: 'a1',
        kind: 'leave',
        from: '2026-08-25',
        until: '2026-09-05',
      },
    ])
      .when(assign('p-reg'))
      .thenRejects('ProfessionalAbsent')
  })

  it('releases only the current regisseur', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when({ _tag: 'ReleaseRegie', teamId, caseId: 'c1', professionalId: 'p-mbo', reason: 'Overdracht' })
      .thenRejects('NotRegisseur')
  })
})

describe('AssignRegie — R6 and lookups', () => {
  it('never gives regie to an intern', () => {
    given([...team, joined('p-stage', { employment: 'intern' }), assessed('c1')])
      .when(assign('p-stage'))
      .thenRejects('InternCannotHoldRegie')
  })

  it('refuses an unknown colleague', () => {
    given(team).when(assign('p-nobody')).thenRejects('UnknownProfessional', 'professionalId')
  })

  it('refuses a colleague who left the team', () => {
    given([...team, { _tag: 'ProfessionalLeftTeam', teamId, professionalId: 'p-reg', leftOn: '2026-08-01' }])
      .when(assign('p-reg'))
      .thenRejects('ProfessionalLeft')
  })

  it('takes no decisions on a closed case', () => {
    given([...team, { _tag: 'CaseClosed', teamId, caseId: 'c1', closedOn: '2026-08-30', reason: 'Afgerond' }])
      .when(assign('p-reg'))
      .thenRejects('CaseClosed', 'caseId')
  })

  it('refuses an unknown case', () => {
    given(team)
      .when({ ...assign('p-reg'), caseId: 'c9' })
      .thenRejects('UnknownCase', 'caseId')
  })
})
