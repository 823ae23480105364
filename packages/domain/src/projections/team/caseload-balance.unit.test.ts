import { describe, expect, it } from 'vitest'
import { defaultTeamSettings } from '../../shared/team-settings.ts'
import { foldEvents } from '../projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { balanceHistory } from './balance-history.ts'
import { caseloadBalance } from './caseload-balance.ts'
import { teamProjection } from './team-projection.ts'

const fold = (log: TeamLog) => foldEvents(teamProjection, log.events)
const memberOf = (log: TeamLog, id: string, asOf = '2026-03-04') =>
  caseloadBalance(fold(log), asOf).members.find((member) => member.professionalId === id)

const team = () =>
  new TeamLog('2026-01-05')
    .join('anna')
    .join('bram', { hours: 18 })
    .on('2026-01-06')
    .receive('c31', '2026-031')
    .assess('c31', 'heavy', { unsafe: true })

describe('caseload balance — R8: weighted cases, co-working on both caseloads', () => {
  it('shows a regisseur who holds a case alone carrying its full weight', () => {
    const anna = memberOf(team().regie('c31', 'anna'), 'anna')
    expect(anna?.load.points).toBe(3.5)
    expect(anna?.load.parts).toEqual([
      { caseId: 'c31', reference: '2026-031', role: 'regisseur', weight: 3.5, factor: 1, points: 3.5 },
    ])
  })

  it('shows a tandem case on both caseloads (co-working costs room on both)', () => {
    const log = team().regie('c31', 'anna').member('c31', 'bram', 'tandem-practitioner')
    expect(memberOf(log, 'anna')?.load.points).toBeCloseTo(3.5 * 0.7)
    expect(memberOf(log, 'bram')?.load.points).toBeCloseTo(3.5 * 0.6)
  })

  it('puts part of an intern’s case on the supervisor’s caseload', () => {
    const log = team()
      .join('iris')
      .regie('c31', 'anna')
      .member('c31', 'iris', 'intern', { supervisorId: 'bram' })
    expect(memberOf(log, 'bram')?.load.parts.map((part) => part.role)).toEqual(['intern-supervisor'])
  })

  it('shows the ratio of load to capacity, part-timers having less capacity', () => {
    const bram = memberOf(team().regie('c31', 'bram'), 'bram')
    expect(bram?.capacity.points).toBe(20)
    expect(bram?.ratio).toBeCloseTo(3.5 / 20)
  })

  it('marks a member overloaded when the ratio passes the team’s overload ratio', () => {
    const tight = { ...defaultTeamSettings, pointsPerFte: 3 }
    const log = team().settings(tight).regie('c31', 'anna')
    expect(memberOf(log, 'anna')?.overloaded).toBe(true)
    expect(memberOf(log, 'bram')?.overloaded).toBe(false)
  })

  it('re-weighs every case when the team changes its intensity points', () => {
    const log = team()
      .regie('c31', 'anna')
      .settings({ ...defaultTeamSettings, intensityPoints: { light: 1, moderate: 2, heavy: 4, crisis: 6 } })
    expect(memberOf(log, 'anna')?.load.points).toBe(4.5)
  })

  it('drops a closed case from the caseload', () => {
    expect(memberOf(team().regie('c31', 'anna').close('c31'), 'anna')?.load.points).toBe(0)
  })

  it('no longer lists someone who left the team', () => {
    expect(memberOf(team().leave('bram'), 'bram')).toBeUndefined()
  })

  it('counts an open case nobody holds as unplaced demand in the team totals', () => {
    const balance = caseloadBalance(fold(team()), '2026-03-04')
    expect(balance.team).toEqual({ load: 0, capacity: 60, ratio: 0, unplacedPoints: 3.5 })
  })

  it('counts a case whose only regisseur left the team as unplaced demand', () => {
    const balance = caseloadBalance(fold(team().regie('c31', 'bram').leave('bram')), '2026-03-04')
    expect(balance.team.unplacedPoints).toBe(3.5)
  })

  it('keeps the team balance of every finished week for the coach', () => {
    const log = team().regie('c31', 'anna').on('2026-01-14').receive('c32', '2026-032').regie('c32', 'anna')
    const weeks = balanceHistory(fold(log), '2026-01-21')
    expect(weeks.map((week) => [week.weekStart, week.load])).toEqual([
      ['2026-01-05', 3.5],
      ['2026-01-12', 5.5],
      ['2026-01-19', 5.5],
    ])
  })
})
