import { Result } from 'effect'
import { describe, expect, it } from 'vitest'
import type { TeamCommand, TeamCommandType } from '../commands/index.ts'
import type { ActorRole } from '../decider/context.ts'
import { decide } from '../decider/decide.ts'
import type { TeamEvent } from '../events/index.ts'
import {
  AUTHORITY_SCENARIOS,
  type AuthoritySetting,
  authorityTeam,
  meetingOpened,
} from '../testing/authority-scenarios.ts'
import { fold, given } from '../testing/decider-spec.ts'
import { AUTHORITY, type Grant, mayGive, whoMay } from './authority-table.ts'

/**
 * The agreed matrix (issues 10, 14 and 19), written out here on its own so that a change to the
 * table is a change to this spec too. Columns: professional, coach, admin, auditor.
 */
const AGREED: Readonly<Record<TeamCommandType, readonly [Grant, Grant, Grant, Grant]>> = {
  FoundTeam: ['none', 'none', 'any', 'none'],
  ChangeTeamSettings: ['none', 'any', 'any', 'none'],
  OpenMeeting: ['any', 'any', 'none', 'none'],
  CloseMeeting: ['any', 'any', 'none', 'none'],
  AddProfessional: ['none', 'any', 'any', 'none'],
  ChangeContract: ['none', 'any', 'any', 'none'],
  RemoveProfessional: ['none', 'any', 'any', 'none'],
  RecordRegistration: ['none', 'any', 'any', 'none'],
  RenewRegistration: ['none', 'any', 'any', 'none'],
  EndRegistration: ['none', 'any', 'any', 'none'],
  RecordExpertise: ['self', 'any', 'any', 'none'],
  RecordAbsence: ['self', 'any', 'any', 'none'],
  RegisterCase: ['any', 'any', 'none', 'none'],
  AssessCase: ['any', 'any', 'none', 'none'],
  AssignRegie: ['any', 'any', 'none', 'none'],
  ReleaseRegie: ['any', 'any', 'none', 'none'],
  AddCaseMember: ['any', 'any', 'none', 'none'],
  RemoveCaseMember: ['any', 'any', 'none', 'none'],
  RecordTandemContact: ['any', 'any', 'none', 'none'],
  EstablishPlan: ['any', 'any', 'none', 'none'],
  CloseCase: ['any', 'any', 'none', 'none'],
  PlanReflectionSession: ['any', 'any', 'none', 'none'],
  HoldReflectionSession: ['any', 'any', 'none', 'none'],
  CancelReflectionSession: ['any', 'any', 'none', 'none'],
  RaiseWorkloadSignal: ['self', 'none', 'none', 'none'],
  AnswerWorkloadSignal: ['none', 'any', 'none', 'none'],
}
const ROLES: readonly ActorRole[] = ['professional', 'coach', 'admin', 'auditor']

const historyOf = (setting: AuthoritySetting): readonly TeamEvent[] =>
  setting === 'unfounded' ? [] : setting === 'team' ? authorityTeam : [...authorityTeam, meetingOpened]

/** The actor in each role; a professional's account is linked to p1. */
const actor = (role: ActorRole) => ({ role, ...(role === 'professional' ? { professionalId: 'p1' } : {}) })

describe('the authority table', () => {
  it('is the agreed matrix, cell by cell', () => {
    for (const type of Object.keys(AGREED) as TeamCommandType[])
      expect(
        ROLES.map((role) => AUTHORITY[type][role]),
        type,
      ).toEqual(AGREED[type])
  })

  it('grants an auditor nothing', () => {
    expect(Object.values(AUTHORITY).filter((row) => row.auditor !== 'none')).toEqual([])
  })

  it("grants 'self' only about oneself", () => {
    expect(mayGive('professional', 'RecordAbsence', true)).toBe(true)
    expect(mayGive('professional', 'RecordAbsence', false)).toBe(false)
    expect(mayGive('coach', 'RecordAbsence', false)).toBe(true)
  })

  it('says who may, in Dutch and English', () => {
    expect(whoMay('RecordRegistration')).toEqual({
      nl: 'Alleen de teamcoach of een beheerder kan dit vastleggen.',
      en: 'Only the team coach or an administrator can record this.',
    })
    expect(whoMay('RecordAbsence')).toEqual({
      nl: 'Alleen de professional zelf, de teamcoach of een beheerder kan dit vastleggen.',
      en: 'Only the professional concerned, the team coach or an administrator can record this.',
    })
    expect(whoMay('FoundTeam').en).toBe('Only an administrator can record this.')
    expect(whoMay('AnswerWorkloadSignal').nl).toBe('Alleen de teamcoach kan dit vastleggen.')
  })
})

describe('decide follows the authority table', () => {
  for (const type of Object.keys(AUTHORITY_SCENARIOS) as TeamCommandType[]) {
    const { setting, command } = AUTHORITY_SCENARIOS[type]
    const history = historyOf(setting)
    for (const [column, role] of ROLES.entries()) {
      const grant = AGREED[type][column]!
      it(`${type} by a ${role}: ${grant === 'none' ? 'refused, saying who may' : 'recorded'}`, () => {
        const outcome = given(history).when(command, actor(role))
        if (grant === 'none') {
          const refusal = outcome.thenRejects('NotAllowedForRole')
          expect(refusal.messages).toEqual(whoMay(type))
        } else expect(outcome.thenAccepts().length).toBeGreaterThan(0)
      })
    }
  }

  for (const type of ['RecordExpertise', 'RecordAbsence', 'RaiseWorkloadSignal'] as const) {
    const { setting, command } = AUTHORITY_SCENARIOS[type]
    const history = historyOf(setting)
    const aboutColleague = { ...command, professionalId: 'p2' } as TeamCommand

    it(`${type} by a professional about a colleague: refused, naming the field`, () => {
      const refusal = given(history)
        .when(aboutColleague, actor('professional'))
        .thenRejects('NotAllowedForRole', 'professionalId')
      expect(refusal.messages).toEqual(whoMay(type))
    })

    it(`${type} by a professional whose account is linked to no professional: refused, saying to link it`, () => {
      const unlinked = { actor: 'user-9', role: 'professional', occurredAt: '2026-09-01T09:00:00Z' } as const
      const refusal = Result.flip(decide(command, fold(history), unlinked))
      expect(Result.getOrThrow(refusal).code).toBe('NotAllowedForRole')
      expect(Result.getOrThrow(refusal).messages.nl).toContain('niet gekoppeld')
      expect(Result.getOrThrow(refusal).messages.en).toContain('not linked')
    })
  }
})
