import { Result, Schema } from 'effect'
import { describe, expect, it } from 'vitest'
import { streamIdOf, TeamCommand, teamIdOf } from './index.ts'

const decode = Schema.decodeUnknownResult(TeamCommand)

describe('TeamCommand at the boundary', () => {
  it('decodes a command as it arrives over HTTP', () => {
    const command = decode({
      _tag: 'AssignRegie',
      teamId: 'noord',
      caseId: 'case-031',
      professionalId: 'p01',
      exemption: {
        ground: 'continuity-of-relationship',
        reasoning: 'Bestaande band met de jongere.',
        decidedBy: ['p05'],
      },
    })
    expect(Result.isSuccess(command)).toBe(true)
  })

  it('refuses a family name where a case reference belongs', () => {
    const command = decode({
      _tag: 'RegisterCase',
      teamId: 'noord',
      caseId: 'case-031',
      reference: 'Jansen',
      receivedOn: '2026-09-01',
      setting: 'ambulant',
      expertiseNeeded: [],
    })
    expect(Result.isFailure(command)).toBe(true)
  })

  it('refuses an exemption without reasoning', () => {
    const command = decode({
      _tag: 'AssignRegie',
      teamId: 'noord',
      caseId: 'case-031',
      professionalId: 'p01',
      exemption: { ground: 'other', reasoning: 'kort', decidedBy: ['p05'] },
    })
    expect(Result.isFailure(command)).toBe(true)
  })

  it('names the stream of the team a command is for', () => {
    const command = { _tag: 'CloseCase', teamId: 'noord', caseId: 'c1', reason: 'Afgerond' } as const
    expect(streamIdOf(teamIdOf(command))).toBe('team-noord')
  })
})
