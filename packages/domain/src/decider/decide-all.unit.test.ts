import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import type { TeamCommand } from '../commands/index.ts'
import { fold } from '../testing/decider-spec.ts'
import {
  assessed,
  caseRegistered,
  memberAdded,
  regieAssigned,
  registeredProfessional,
  teamFounded,
  teamId,
  thuisbegeleider,
} from '../testing/fixtures.ts'
import type { DecisionContext } from './context.ts'
import { decideAll } from './decide-all.ts'

const team = [
  teamFounded(),
  ...registeredProfessional('p-reg'),
  thuisbegeleider('p-mbo'),
  caseRegistered('c1'),
  assessed('c1', { unsafe: true }),
]
const coach: DecisionContext = { actor: 'coach-1', role: 'coach', occurredAt: '2026-09-01T09:00:00Z' }
const assign = (professionalId: string): TeamCommand => ({
  _tag: 'AssignRegie',
  teamId,
  caseId: 'c1',
  professionalId,
})
const partner: TeamCommand = {
  _tag: 'AddCaseMember',
  teamId,
  caseId: 'c1',
  professionalId: 'p-mbo',
  role: 'tandem-practitioner',
}

describe('decideAll — one decision of several commands, all or nothing', () => {
  it('decides the tandem partner against the regisseur assigned just before it (R4)', () => {
    const decided = decideAll([assign('p-reg'), partner], fold(team), coach)
    expect(Result.getOrThrow(decided)).toEqual([
      regieAssigned('c1', 'p-reg'),
      memberAdded('c1', 'p-mbo', 'tandem-practitioner'),
    ])
  })

  it('refuses the whole decision when its second command is refused, naming that command', () => {
    const decided = decideAll([assign('p-reg'), { ...partner, professionalId: 'p-reg' }], fold(team), coach)
    const refused = Result.getOrThrow(Result.flip(decided))
    expect(refused.index).toBe(1)
    expect(refused.rejection.code).toBe('AlreadyOnCase')
  })

  it('refuses at the first command without deciding the rest', () => {
    const refused = Result.getOrThrow(Result.flip(decideAll([assign('p-mbo'), partner], fold(team), coach)))
    expect(refused).toMatchObject({ index: 0, rejection: { code: 'RegistrationRequired' } })
  })

  it('leaves the state it decided against as it was', () => {
    const state = fold(team)
    decideAll([assign('p-reg'), partner], state, coach)
    expect(state).toEqual(fold(team))
  })

  it('decides inside a meeting it opens itself, when the decision names that meeting', () => {
    const open: TeamCommand = { _tag: 'OpenMeeting', teamId, meetingId: 'm1', present: ['p-reg'] }
    const decided = decideAll([open, assign('p-reg')], fold(team), { ...coach, meetingId: 'm1' })
    expect(Result.getOrThrow(decided).map((event) => event._tag)).toEqual(['MeetingOpened', 'RegieAssigned'])
  })

  it('refuses a decision that names a meeting which was never opened', () => {
    const refused = Result.getOrThrow(
      Result.flip(decideAll([assign('p-reg'), partner], fold(team), { ...coach, meetingId: 'm9' })),
    )
    expect(refused).toMatchObject({ index: 0, rejection: { code: 'MeetingNotOpen' } })
  })
})
