import { describe, expect, it } from 'vitest'
import { evolve } from '../decider/evolve.ts'
import { type FoundedTeam, initialState } from '../decider/state.ts'
import type { TeamEvent } from '../events/index.ts'
import { assessed, caseRegistered, joined, registered, teamFounded, teamId } from '../testing/fixtures.ts'
import {
  caseNeedsRegistration,
  isAbsent,
  registrationStatus,
  registrationValidUntil,
  renewalValidUntil,
  requiresRegistration,
} from './registration.ts'

const team = (...events: TeamEvent[]) =>
  [teamFounded(), ...events].reduce(evolve, initialState()) as FoundedTeam
const none = { unsafe: false, heavyResponsibility: false, complexProblems: false, highImpact: false }

describe('R2 requiresRegistration: any one of the four indicators', () => {
  it.each(['unsafe', 'heavyResponsibility', 'complexProblems', 'highImpact'] as const)(
    '%s alone is enough',
    (key) => {
      expect(requiresRegistration({ ...none, [key]: true })).toBe(true)
    },
  )

  it('none of them: unregistered colleagues may do the work', () => {
    expect(requiresRegistration(none)).toBe(false)
  })
})

describe('R1 caseNeedsRegistration', () => {
  it('treats an unassessed case as needing registration', () => {
    expect(caseNeedsRegistration(team(caseRegistered('c1')).cases.get('c1')!)).toBe(true)
  })

  it('follows the latest assessment', () => {
    const state = team(caseRegistered('c1'), assessed('c1', { unsafe: true }), assessed('c1'))
    expect(caseNeedsRegistration(state.cases.get('c1')!)).toBe(false)
  })
})

describe('registrationStatus on a day', () => {
  const professional = (...events: TeamEvent[]) => team(joined('p1'), ...events).professionals.get('p1')!

  it('is none without any registration', () => {
    expect(registrationStatus(professional(), '2026-09-01')).toBe('none')
  })

  it('is valid from the first to the last day', () => {
    const p = professional(registered('p1', '2026-01-01', '2026-12-31'))
    expect(registrationStatus(p, '2026-01-01')).toBe('valid')
    expect(registrationStatus(p, '2026-12-31')).toBe('valid')
    expect(registrationStatus(p, '2025-12-31')).toBe('none')
  })

  it('is expired after the last day', () => {
    expect(registrationStatus(professional(registered('p1', '2021-01-01', '2025-12-31')), '2026-01-01')).toBe(
      'expired',
    )
  })

  it('is ended from the day it was ended', () => {
    const p = professional(registered('p1'), {
      _tag: 'RegistrationEnded',
      teamId,
      professionalId: 'p1',
      register: 'SKJ',
      endedOn: '2026-05-01',
      reason: 'struck-off',
    })
    expect(registrationStatus(p, '2026-04-30')).toBe('valid')
    expect(registrationStatus(p, '2026-05-01')).toBe('ended')
  })

  it('is valid when one of two registers is in force', () => {
    const big = { ...registered('p1', '2024-01-01', '2029-01-01'), register: 'BIG' as const }
    expect(
      registrationStatus(professional(registered('p1', '2015-01-01', '2020-01-01'), big), '2026-09-01'),
    ).toBe('valid')
  })
})

describe('SKJ validity: five years (Samen werken aan professionalisering)', () => {
  it('runs to the day before the fifth anniversary', () => {
    expect(registrationValidUntil('2026-03-01')).toBe('2031-02-28')
    expect(registrationValidUntil('2024-02-29')).toBe('2029-02-28')
  })

  it('renews five years past the current end', () => {
    expect(renewalValidUntil('2026-11-30')).toBe('2031-11-30')
  })
})

describe('isAbsent', () => {
  it('covers the first and last day of an absence', () => {
    const p = team(joined('p1'), {
      _tag: 'AbsenceRecorded',
      teamId,
      professionalId: 'p1',
      absenceId: 'a1',
      kind: 'leave',
      from: '2026-09-01',
      until: '2026-09-05',
    }).professionals.get('p1')!
    expect([isAbsent(p, '2026-08-31'), isAbsent(p, '2026-09-01'), isAbsent(p, '2026-09-05')]).toEqual([
      false,
      true,
      true,
    ])
  })
})
