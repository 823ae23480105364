import { describe, expect, it } from 'vitest'
import { foldEvents } from '../projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { normAudit } from './norm-audit.ts'
import { teamProjection } from './team-projection.ts'

const exemption = {
  ground: 'essential-specific-skills' as const,
  reasoning: 'Logopedist met specifieke expertise die voor deze jongere essentieel is',
  decidedBy: ['anna', 'bram'],
}

const audit = (log: TeamLog, asOf: string) => normAudit(foldEvents(teamProjection, log.events), asOf)

const team = () =>
  new TeamLog('2026-01-05')
    .join('anna')
    .registration('anna', '2021-03-01', '2026-02-28')
    .join('lisa')
    .on('2026-01-06')
    .receive('c31', '2026-031')
    .assess('c31', 'heavy', { unsafe: true })

describe('norm audit', () => {
  it('lists an exemption with its ground, reasoning, deciders, actor, moment and meeting', () => {
    const log = team().on('2026-01-13').openMeeting('m1', ['anna', 'lisa']).regie('c31', 'lisa', exemption)
    expect(audit(log, '2026-01-20').exemptions).toEqual([
      {
        caseId: 'c31',
        reference: '2026-031',
        professionalId: 'lisa',
        role: 'regisseur',
        ...exemption,
        actor: 'coach-1',
        occurredAt: '2026-01-13T09:00:00Z',
        position: 8,
        meetingId: 'm1',
      },
    ])
  })

  it('shows the days a case waited without regisseur as a closed period', () => {
    const log = team().on('2026-01-13').regie('c31', 'anna')
    expect(audit(log, '2026-01-20').deviations).toMatchObject([
      { kind: 'no-regisseur', from: '2026-01-06', until: '2026-01-13', days: 7 },
    ])
  })

  it('shows the period a regisseur’s registration had lapsed, with the assessment reasoning', () => {
    const log = team().regie('c31', 'anna').on('2026-03-16').renew('anna', '2031-03-15')
    expect(audit(log, '2026-04-01').deviations).toEqual([
      {
        caseId: 'c31',
        reference: '2026-031',
        kind: 'regisseur-registration-lapsed',
        professionalId: 'anna',
        from: '2026-03-01',
        until: '2026-03-16',
        days: 15,
        reasoning: ['Gewogen in het verdeeloverleg: heavy'],
      },
    ])
  })

  it('shows a lapse that is still going on as an open period up to today', () => {
    const log = team().regie('c31', 'anna')
    expect(audit(log, '2026-03-10').deviations).toMatchObject([
      { kind: 'regisseur-registration-lapsed', from: '2026-03-01', until: null, days: 9 },
    ])
  })

  it('shows an unregistered regisseur without exemption on a case that needs registration', () => {
    const log = team().regie('c31', 'lisa').on('2026-01-20').release('c31', 'lisa').regie('c31', 'anna')
    expect(audit(log, '2026-01-25').deviations).toMatchObject([
      { kind: 'regisseur-unregistered', professionalId: 'lisa', from: '2026-01-06', until: '2026-01-20' },
    ])
  })

  it('does not count an exempted regisseur as a deviation', () => {
    expect(audit(team().regie('c31', 'lisa', exemption), '2026-01-25').deviations).toEqual([])
  })

  it('keeps the reason the regisseur let go on the period without regie that followed', () => {
    const log = team().regie('c31', 'anna').on('2026-01-20').release('c31', 'anna', 'Langdurig ziek')
    expect(audit(log, '2026-01-25').deviations).toMatchObject([
      { kind: 'no-regisseur', from: '2026-01-20', until: null, reasoning: ['Langdurig ziek'] },
    ])
  })
})
