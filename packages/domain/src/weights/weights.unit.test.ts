import { describe, expect, it } from 'vitest'
import { defaultTeamSettings as settings } from '../shared/team-settings.ts'
import { type CapacityInput, capacity } from './capacity.ts'
import { caseWeight } from './case-weight.ts'
import { professionalLoad } from './professional-load.ts'
import { roleFactor } from './role-factor.ts'

const none = { unsafe: false, heavyResponsibility: false, complexProblems: false, highImpact: false }

describe('case weight — R8: cases are weighed', () => {
  it('weighs a case nobody has assessed yet as moderate, so it still counts on a caseload', () => {
    const weight = caseWeight(undefined, settings)
    expect(weight).toEqual({
      points: 2,
      assessed: false,
      parts: [{ kind: 'intensity', intensity: 'moderate', points: 2 }],
    })
  })

  it('adds the indicator points for each R2 indicator that holds, and lists each one', () => {
    const weight = caseWeight(
      { intensity: 'heavy', indicators: { ...none, unsafe: true, complexProblems: true } },
      settings,
    )
    expect(weight.points).toBe(3 + 0.5 + 0.5)
    expect(weight.parts.map((part) => (part.kind === 'indicator' ? part.indicator : part.intensity))).toEqual(
      ['heavy', 'unsafe', 'complexProblems'],
    )
  })
})

describe('role factor', () => {
  it('gives a regisseur who works alone the full weight', () => {
    expect(roleFactor('regisseur', false, settings)).toBe(1)
  })

  it('gives a regisseur with a tandem partner the reduced regisseur factor', () => {
    expect(roleFactor('regisseur', true, settings)).toBe(0.7)
  })

  it('gives an intern supervisor the supervision factor', () => {
    expect(roleFactor('intern-supervisor', true, settings)).toBe(0.2)
  })
})

describe('professional load — R8: every case role counts', () => {
  const heavy = caseWeight({ intensity: 'heavy', indicators: none }, settings)
  const light = caseWeight({ intensity: 'light', indicators: none }, settings)

  it('is the sum of weight × role factor over every case role, with each part listed', () => {
    const load = professionalLoad(
      [
        { caseId: 'c1', reference: '2026-031', role: 'regisseur', weight: heavy, caseHasPartners: false },
        { caseId: 'c2', reference: '2026-032', role: 'co-worker', weight: light, caseHasPartners: true },
      ],
      settings,
    )
    expect(load.parts).toEqual([
      { caseId: 'c1', reference: '2026-031', role: 'regisseur', weight: 3, factor: 1, points: 3 },
      { caseId: 'c2', reference: '2026-032', role: 'co-worker', weight: 1, factor: 0.5, points: 0.5 },
    ])
    expect(load.points).toBe(3.5)
  })

  it('is zero for someone without cases', () => {
    expect(professionalLoad([], settings)).toEqual({ points: 0, parts: [] })
  })
})

describe('capacity', () => {
  const fullTimer: CapacityInput = {
    contracts: [{ from: '2025-01-01', hours: 36 }],
    joinedOn: '2025-01-01',
    starter: false,
    absences: [],
  }

  it('is the full points per FTE for a full-timer who is present all week', () => {
    expect(capacity(fullTimer, settings, '2026-03-04').points).toBe(40)
  })

  it('scales with contract hours in force on the day', () => {
    const changed = { ...fullTimer, contracts: [...fullTimer.contracts, { from: '2026-03-01', hours: 27 }] }
    expect(capacity(changed, settings, '2026-02-25').points).toBe(40)
    expect(capacity(changed, settings, '2026-03-04').points).toBe(30)
  })

  it('is reduced for a starter in the first year only', () => {
    const starter = { ...fullTimer, joinedOn: '2026-01-05', starter: true }
    expect(capacity(starter, settings, '2026-03-04').starterFactor).toBe(0.75)
    expect(capacity(starter, settings, '2027-01-06').starterFactor).toBe(1)
  })

  it('drops by a fifth for each working day of the week someone is absent', () => {
    // 2026-03-02 is a Monday; absent Monday and Tuesday.
    const absent = { ...fullTimer, absences: [{ from: '2026-02-28', until: '2026-03-03' }] }
    const result = capacity(absent, settings, '2026-03-05')
    expect(result.presentShare).toBe(0.6)
    expect(result.points).toBe(24)
  })

  it('is zero from the day someone left the team', () => {
    expect(capacity({ ...fullTimer, leftOn: '2026-03-02' }, settings, '2026-03-04').points).toBe(0)
  })
})
