import { describe, expect, it } from 'vitest'
import { myWeek } from './my-week.ts'
import { foldEvents } from './projection.ts'
import { reflectionProjection } from './reflection/reflection-projection.ts'
import { teamProjection } from './team/team-projection.ts'
import { TeamLog } from './testing/team-log.ts'

const story = () =>
  new TeamLog('2026-01-05')
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
const log = story()

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

  it('shows the one who raised a signal that it is still open', () => {
    expect(weekOf('tom').mySignals).toMatchObject([{ signalId: 'sig-1', status: 'open', answer: null }])
  })

  it('shows the one who raised a signal the organisation’s answer once it is given', () => {
    const answered = story().on('2026-01-09').answer('sig-1')
    const week = myWeek(
      foldEvents(teamProjection, answered.events),
      foldEvents(reflectionProjection, answered.events),
      'tom',
      '2026-01-12',
    )
    expect(week.mySignals).toEqual([
      {
        signalId: 'sig-1',
        raisedOn: '2026-01-06',
        description: expect.any(String),
        status: 'answered',
        answer: 'Zaak herverdeeld',
        answeredOn: '2026-01-09',
        days: 3,
      },
    ])
    expect(week.openSignals).toEqual([])
  })

  it('does not show an answer given after the moment looked at', () => {
    const answered = story().on('2026-01-20').answer('sig-1')
    const week = myWeek(
      foldEvents(teamProjection, answered.events),
      foldEvents(reflectionProjection, answered.events),
      'tom',
      '2026-01-12',
    )
    expect(week.mySignals).toMatchObject([{ status: 'open', answer: null, days: 6 }])
  })

  it('shows nobody else’s signals among one’s own', () => {
    expect(weekOf('anna').mySignals).toEqual([])
  })
})
