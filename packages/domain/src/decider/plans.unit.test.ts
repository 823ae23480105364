import { describe, it } from 'vitest'
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
} from '../testing/fixtures.ts'

const team = [
  teamFounded(),
  ...registeredProfessional('p-reg'),
  joined('p-unreg'),
  ...registeredProfessional('p-ortho', { discipline: 'orthopedagoog' }),
  caseRegistered('c1'),
  assessed('c1', { unsafe: true }),
]
const plan = (kind: 'help-plan' | 'treatment-plan', establishedBy: string) =>
  ({ _tag: 'EstablishPlan', teamId, caseId: 'c1', kind, establishedBy, reviewOn: '2026-12-01' }) as const

describe('EstablishPlan — R4: the regisseur sets the help plan', () => {
  it('records the help plan set by the registered regisseur', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when(plan('help-plan', 'p-reg'))
      .then([
        {
          _tag: 'PlanEstablished',
          teamId,
          caseId: 'c1',
          kind: 'help-plan',
          establishedBy: 'p-reg',
          on: '2026-09-01',
          reviewOn: '2026-12-01',
        },
      ])
  })

  it('refuses a help plan set by someone who is not the regisseur', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when(plan('help-plan', 'p-ortho'))
      .thenRejects('PlanNeedsRegisseur', 'establishedBy')
  })

  it('accepts the help plan of a regisseur holding regie under a recorded exemption', () => {
    given([...team, regieAssigned('c1', 'p-unreg', exemption('continuity-of-relationship'))])
      .when(plan('help-plan', 'p-unreg'))
      .thenEmits('PlanEstablished')
  })

  it('refuses the help plan of a regisseur whose registration lapsed since the assignment', () => {
    given([
      ...team,
      joined('p-old'),
      registered('p-old', '2021-01-01', '2026-08-01'),
      regieAssigned('c1', 'p-old'),
    ])
      .when(plan('help-plan', 'p-old'))
      .thenRejects('PlanNeedsRegisteredProfessional')
  })
})

describe('EstablishPlan — R5: a registered behavioural scientist sets the treatment plan', () => {
  it('records the treatment plan of the registered orthopedagoog on the case', () => {
    given([...team, memberAdded('c1', 'p-ortho', 'behavioural-scientist')])
      .when(plan('treatment-plan', 'p-ortho'))
      .thenEmits('PlanEstablished')
  })

  it('refuses a treatment plan set by a registered colleague who is no behavioural scientist', () => {
    given([...team, regieAssigned('c1', 'p-reg')])
      .when(plan('treatment-plan', 'p-reg'))
      .thenRejects('PlanNeedsRegisteredProfessional', 'establishedBy')
  })

  it('refuses a treatment plan by a behavioural scientist who is not on the case', () => {
    given(team).when(plan('treatment-plan', 'p-ortho')).thenRejects('PlanNeedsRegisteredProfessional')
  })
})
