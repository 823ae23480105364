import { describe, expect, it } from 'vitest'
import { foldEvents } from '../projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { reflectionProjection } from './reflection-projection.ts'
import { nextReflection, reflectionReport } from './reflection-report.ts'

/** Founded on Monday 5 January; default norm 8 hours per FTE per 4-week period. */
const team = () => new TeamLog('2026-01-05').join('anna').join('bram', { hours: 18 })

const report = (log: TeamLog, asOf: string) =>
  reflectionReport(foldEvents(reflectionProjection, log.events), asOf)

describe('protected reflection time — R9: norm, planned, held, cancelled for workload, graded', () => {
  it('sets each member’s norm by their FTE, and the team’s as the sum', () => {
    const [period] = report(team(), '2026-01-20')
    expect(period?.members.map((m) => [m.professionalId, m.norm])).toEqual([
      ['anna', 8],
      ['bram', 4],
    ])
    expect(period?.team.norm).toBe(12)
  })

  it('holds someone who joins halfway through a period to half the norm', () => {
    const log = team().on('2026-01-19').join('cas')
    const [period] = report(log, '2026-01-20')
    expect(period?.members.find((m) => m.professionalId === 'cas')?.norm).toBe(4)
  })

  it('holds someone who leaves after the first week to a quarter of the norm', () => {
    const log = team().on('2026-01-12').leave('anna')
    const [period] = report(log, '2026-01-20')
    expect(period?.members.find((m) => m.professionalId === 'anna')?.norm).toBe(2)
    expect(report(log, '2026-02-10')[1]?.members.map((m) => m.professionalId)).toEqual(['bram'])
  })

  it('sets the norm by the contract in force on each day of the period', () => {
    const log = team().add({
      _tag: 'ContractChanged',
      teamId: 'wt-noord',
      professionalId: 'anna',
      contractHours: 18,
      effectiveFrom: '2026-01-19',
    })
    const [first, second] = report(log, '2026-02-10')
    expect(first?.members.find((m) => m.professionalId === 'anna')?.norm).toBe(6)
    expect(second?.members.find((m) => m.professionalId === 'anna')?.norm).toBe(4)
  })

  it('counts planned and held hours per participant', () => {
    const log = team().plan('s1', '2026-01-14', ['anna', 'bram']).on('2026-01-14').hold('s1', ['anna'], [8])
    const [period] = report(log, '2026-01-20')
    expect(period?.members.map((m) => [m.planned, m.held])).toEqual([
      [2, 2],
      [2, 0],
    ])
    expect(period?.team).toMatchObject({ planned: 4, held: 2 })
  })

  it('shows hours cancelled because of workload', () => {
    const log = team().plan('s1', '2026-01-14', ['anna', 'bram']).cancel('s1', 'workload')
    expect(report(log, '2026-01-20')[0]?.team.cancelledForWorkload).toBe(4)
  })

  it('does not count a session cancelled for scheduling as a workload cancellation', () => {
    const log = team().plan('s1', '2026-01-14', ['anna']).cancel('s1', 'scheduling')
    expect(report(log, '2026-01-20')[0]?.team.cancelledForWorkload).toBe(0)
  })

  it('averages the quality grades attendees gave', () => {
    const log = team().plan('s1', '2026-01-14', ['anna', 'bram']).hold('s1', ['anna', 'bram'], [8, 5])
    const [period] = report(log, '2026-01-20')
    expect(period?.team.averageGrade).toBe(6.5)
    expect(period?.members.map((m) => m.averageGrade)).toEqual([8, 5])
  })

  it('counts sessions that became case discussion', () => {
    const log = team().plan('s1', '2026-01-14', ['anna']).hold('s1', ['anna'], [6], true)
    expect(report(log, '2026-01-20')[0]?.team.becameCaseDiscussion).toBe(1)
  })

  it('reports one period per reflectionPeriodWeeks up to the period of today', () => {
    const log = team().plan('s2', '2026-02-04', ['anna'])
    const periods = report(log, '2026-02-10')
    expect(periods.map((p) => [p.from, p.until, p.team.planned])).toEqual([
      ['2026-01-05', '2026-02-01', 0],
      ['2026-02-02', '2026-03-01', 2],
    ])
  })

  it('names the next planned session a member takes part in', () => {
    const log = team().plan('s1', '2026-01-14', ['anna']).plan('s2', '2026-02-11', ['anna']).cancel('s1')
    expect(nextReflection(foldEvents(reflectionProjection, log.events), 'anna', '2026-01-10')?.id).toBe('s2')
  })
})
