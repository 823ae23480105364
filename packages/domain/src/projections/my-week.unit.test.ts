import { describe, expect, it } from 'vitest'
import { myWeek } from './my-week.ts'
import { foldEvents } from './projection.ts'
import { reflectionProjection } from './reflection/reflection-projection.ts'
import { teamProjection } from './team/team-projection.ts'
import { TeamLog } from './testing/team-log.ts'

const log = new TeamLog('2026-01-05')
  .join('anna')
  .registration('anna', '2022-01-01', '2027-01-01')
  .join('tom')
  .on('2026-01-06')
  .receive('c31', '2026-031')
  .assess('c31', 'moderate', { unsafe: true })
  .regie('c31', 'anna')
  .member('c31', 'tom', 'tandem-practitioner')
  .plan('s1', '2026-01-21', ['anna', 'tom'])
  .signal('sig-1', 'tom')

const weekOf = (id: string) =>
  myWeek(
    foldEvents(teamProjection, log.events),
    foldEvents(reflectionProjection, log.events),
    id,
    '2026-01-12',
  )

describe('my week', () => {
  it('shows a practitioner their case and role with its points', () => {
    expect(weekOf('tom').cases).toEqual([
      {
        caseId: 'c31',
        reference: '2026-031',
        role: 'tandem-practitioner',
        weight: 2.5,
        factor: 0.6,
        points: 1.5,
      },
    ])
  })

  it('shows both tandem partners the tandem', () => {
    expect(weekOf('anna').tandems).toMatchObject([{ regisseurId: 'anna', practitionerId: 'tom' }])
    expect(weekOf('tom').tandems).toHaveLength(1)
  })

  it('shows the next planned reflection session', () => {
    expect(weekOf('anna').nextReflection?.on).toBe('2026-01-21')
  })

  it('shows only one’s own open workload signals', () => {
    expect(weekOf('tom').openSignals.map((s) => s.signalId)).toEqual(['sig-1'])
    expect(weekOf('anna').openSignals).toEqual([])
  })
})
