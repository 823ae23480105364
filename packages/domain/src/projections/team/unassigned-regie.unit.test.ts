import { describe, expect, it } from 'vitest'
import { foldEvents } from '../projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { teamProjection } from './team-projection.ts'
import { unassignedRegie } from './unassigned-regie.ts'

const exemption = {
  ground: 'continuity-of-relationship' as const,
  reasoning: 'Bestaande vertrouwensrelatie met de jongere; breuk zou de hulp schaden',
  decidedBy: ['anna', 'bram'],
}

/** Anna is registered until the end of February; Bram never was. */
const team = () =>
  new TeamLog('2026-01-05')
    .join('anna')
    .registration('anna', '2021-03-01', '2026-02-28')
    .join('bram')
    .on('2026-01-06')
    .receive('c31', '2026-031')

const rows = (log: TeamLog, asOf: string) => unassignedRegie(foldEvents(teamProjection, log.events), asOf)

describe('unassigned regie — R10: every open case has one regisseur in line with the norm', () => {
  it('lists an open case without a regisseur, waiting since it was received', () => {
    expect(rows(team(), '2026-01-16')).toMatchObject([
      { reference: '2026-031', reason: 'no-regisseur', waitingSince: '2026-01-06', daysWaiting: 10 },
    ])
  })

  it('lists a case again from the day its regisseur let go', () => {
    const log = team().regie('c31', 'anna').on('2026-01-20').release('c31', 'anna')
    expect(rows(log, '2026-01-21')).toMatchObject([{ reason: 'no-regisseur', waitingSince: '2026-01-20' }])
  })

  it('does not list a case whose registered regisseur is present', () => {
    expect(rows(team().assess('c31', 'heavy', { unsafe: true }).regie('c31', 'anna'), '2026-01-16')).toEqual(
      [],
    )
  })

  it('lists a case whose regisseur is absent today, but not after the absence', () => {
    const log = team().regie('c31', 'anna').absent('anna', '2026-01-12', '2026-01-23')
    expect(rows(log, '2026-01-14')).toMatchObject([{ reason: 'regisseur-absent', regisseurId: 'anna' }])
    expect(rows(log, '2026-01-26')).toEqual([])
  })

  it('lists a case whose regisseur left the team', () => {
    const log = team().regie('c31', 'anna').on('2026-02-02').leave('anna')
    expect(rows(log, '2026-02-03')).toMatchObject([
      { reason: 'regisseur-left-team', waitingSince: '2026-02-02' },
    ])
  })

  it('lists an unsafe case led by an unregistered regisseur without an exemption', () => {
    const log = team().assess('c31', 'moderate', { unsafe: true }).regie('c31', 'bram')
    expect(rows(log, '2026-01-16')).toMatchObject([{ reason: 'regisseur-unregistered' }])
  })

  it('accepts an unregistered regisseur when the team recorded an exemption', () => {
    const log = team().assess('c31', 'moderate', { unsafe: true }).regie('c31', 'bram', exemption)
    expect(rows(log, '2026-01-16')).toEqual([])
  })

  it('accepts an unregistered regisseur on a case where no R2 indicator holds', () => {
    expect(rows(team().assess('c31', 'light').regie('c31', 'bram'), '2026-01-16')).toEqual([])
  })

  it('lists the case from the day after the regisseur’s registration ran out', () => {
    const log = team().assess('c31', 'heavy', { complexProblems: true }).regie('c31', 'anna')
    expect(rows(log, '2026-02-28')).toEqual([])
    expect(rows(log, '2026-03-10')).toMatchObject([
      { reason: 'regisseur-registration-lapsed', waitingSince: '2026-03-01', daysWaiting: 9 },
    ])
  })

  it('stops listing a lapsed case once the registration is renewed', () => {
    const log = team()
      .assess('c31', 'heavy', { complexProblems: true })
      .regie('c31', 'anna')
      .on('2026-03-12')
      .renew('anna', '2031-03-11')
    expect(rows(log, '2026-03-13')).toEqual([])
  })

  it('puts unsafe cases first, then more indicators, then the longest waiting', () => {
    const log = team()
      .assess('c31', 'light')
      .on('2026-01-08')
      .receive('c32', '2026-032')
      .assess('c32', 'heavy', { complexProblems: true, highImpact: true })
      .receive('c33', '2026-033')
      .assess('c33', 'moderate', { unsafe: true })
      .receive('c34', '2026-034')
      .assess('c34', 'moderate', { highImpact: true })
    expect(rows(log, '2026-01-16').map((row) => row.reference)).toEqual([
      '2026-033',
      '2026-032',
      '2026-034',
      '2026-031',
    ])
  })
})
