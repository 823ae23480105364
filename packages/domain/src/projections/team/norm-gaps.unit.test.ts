import { describe, expect, it } from 'vitest'
import type { Discipline } from '../../shared/vocabulary.ts'
import { foldEvents } from '../projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { meetingAgenda } from './meeting-agenda.ts'
import { normAudit } from './norm-audit.ts'
import { normGaps } from './norm-gaps.ts'
import { teamProjection } from './team-projection.ts'

const teamId = 'wt-noord'
const state = (log: TeamLog) => foldEvents(teamProjection, log.events)
const gaps = (log: TeamLog, asOf: string) => normGaps(state(log), asOf)

/** A colleague of a given discipline (the log helper only joins jeugdzorgwerkers). */
const joinAs = (log: TeamLog, professionalId: string, discipline: Discipline, on: string) =>
  log.add({
    _tag: 'ProfessionalJoined',
    teamId,
    professionalId,
    name: professionalId,
    discipline,
    educationLevel: discipline === 'thuisbegeleider' ? 'mbo' : 'wo',
    employment: 'employee',
    contractHours: 32,
    joinedOn: on,
    starter: false,
  })

/** Anna (registered until 31 March) holds regie of an unsafe case; Bo, unregistered, is her tandem partner. */
const tandem = () =>
  joinAs(
    new TeamLog('2026-01-05').join('anna').registration('anna', '2021-04-01', '2026-03-31'),
    'bo',
    'thuisbegeleider',
    '2026-01-05',
  )
    .on('2026-01-06')
    .receive('c31', '2026-031')
    .assess('c31', 'heavy', { unsafe: true })
    .regie('c31', 'anna')
    .member('c31', 'bo', 'tandem-practitioner')

/** A gezinshuis: Olga, orthopedagoog registered until 31 March, sets the plans; Gert is gezinshuisouder. */
const gezinshuis = () => {
  const log = new TeamLog('2026-01-05').join('anna').registration('anna', '2024-01-01', '2028-12-31')
  joinAs(log, 'olga', 'orthopedagoog', '2026-01-05').registration('olga', '2021-04-01', '2026-03-31')
  joinAs(log, 'gert', 'gezinshuisouder', '2026-01-05')
  return log
    .on('2026-01-06')
    .add({
      _tag: 'CaseRegistered',
      teamId,
      caseId: 'g1',
      reference: '2026-G01',
      receivedOn: '2026-01-06',
      setting: 'gezinshuis',
      expertiseNeeded: [],
    })
    .assess('g1', 'heavy', { complexProblems: true })
    .regie('g1', 'anna')
    .member('g1', 'olga', 'behavioural-scientist')
    .member('g1', 'gert', 'gezinshuisouder')
}

describe('norm gaps that arise after a decision', () => {
  it('shows nothing while every member fits their role', () => {
    expect(gaps(tandem(), '2026-03-15')).toEqual([])
    expect(gaps(gezinshuis(), '2026-03-15')).toEqual([])
  })

  it('shows a tandem practitioner whose regisseur’s registration expired (R4)', () => {
    expect(gaps(tandem(), '2026-04-10')).toEqual([
      {
        caseId: 'c31',
        reference: '2026-031',
        professionalId: 'bo',
        role: 'tandem-practitioner',
        reason: 'tandem-regisseur-registration-lapsed',
        rule: 'R4',
        code: 'TandemNeedsRegisteredRegisseur',
        responsibleId: 'anna',
        since: '2026-04-01',
        daysOpen: 9,
      },
    ])
  })

  it('shows a tandem practitioner whose regisseur left the team (R4)', () => {
    const log = tandem().on('2026-02-02').leave('anna')
    expect(gaps(log, '2026-02-09').map((gap) => [gap.reason, gap.since])).toEqual([
      ['tandem-regisseur-left-team', '2026-02-02'],
    ])
  })

  it('shows a tandem that a reassessment made need a registered regisseur (R2, R4)', () => {
    const log = joinAs(new TeamLog('2026-01-05').join('lisa'), 'bo', 'thuisbegeleider', '2026-01-05')
      .on('2026-01-06')
      .receive('c32', '2026-032')
      .assess('c32', 'light')
      .regie('c32', 'lisa')
      .member('c32', 'bo', 'tandem-practitioner')
      .on('2026-02-03')
      .assess('c32', 'heavy', { unsafe: true })
    expect(gaps(log, '2026-02-05').map((gap) => [gap.professionalId, gap.reason, gap.since])).toEqual([
      ['bo', 'tandem-regisseur-unregistered', '2026-02-03'],
    ])
  })

  it('shows gezinshuisouders left without a registered behavioural scientist (R5), and her lapse (R7)', () => {
    expect(gaps(gezinshuis(), '2026-04-02')).toEqual([
      expect.objectContaining({
        reference: '2026-G01',
        professionalId: 'gert',
        role: 'gezinshuisouder',
        reason: 'gezinshuis-no-registered-expert',
        rule: 'R5',
        since: '2026-04-01',
      }),
      expect.objectContaining({ professionalId: 'olga', reason: 'member-registration-lapsed', rule: 'R7' }),
    ])
  })

  it('shows an intern whose supervisor left the team (R6)', () => {
    const log = new TeamLog('2026-01-05')
      .join('anna')
      .registration('anna', '2024-01-01', '2028-12-31')
      .join('ivo')
      .on('2026-01-06')
      .receive('c33', '2026-033')
      .assess('c33', 'light')
      .regie('c33', 'anna')
      .member('c33', 'ivo', 'intern', { supervisorId: 'anna' })
      .on('2026-03-02')
      .leave('anna')
    expect(
      gaps(log, '2026-03-03').map((gap) => [gap.professionalId, gap.reason, gap.rule, gap.responsibleId]),
    ).toEqual([['ivo', 'intern-supervisor-left-team', 'R6', 'anna']])
  })

  it('puts the gaps on the meeting agenda', () => {
    expect(meetingAgenda(state(gezinshuis()), '2026-04-02').normGaps.map((gap) => gap.reason)).toEqual([
      'gezinshuis-no-registered-expert',
      'member-registration-lapsed',
    ])
  })
})

describe('norm gaps in the norm audit', () => {
  it('shows the period the gezinshuisouders had no registered expert, ended when one joined', () => {
    const log = gezinshuis().on('2026-04-13')
    joinAs(log, 'pim', 'psycholoog', '2026-04-13').registration('pim', '2025-01-01', '2029-12-31')
    log.member('g1', 'pim', 'behavioural-scientist')
    const deviations = normAudit(state(log), '2026-04-20').deviations.filter(
      (deviation) => deviation.kind === 'gezinshuis-no-registered-expert',
    )
    expect(deviations).toEqual([
      {
        caseId: 'g1',
        reference: '2026-G01',
        kind: 'gezinshuis-no-registered-expert',
        professionalId: 'gert',
        from: '2026-04-01',
        until: '2026-04-13',
        days: 12,
        reasoning: ['Gewogen in het verdeeloverleg: heavy'],
      },
    ])
  })

  it('keeps a tandem gap that ended when the practitioner left the case', () => {
    const log = tandem().on('2026-04-08').add({
      _tag: 'CaseMemberRemoved',
      teamId,
      caseId: 'c31',
      professionalId: 'bo',
      reason: 'Tandem beëindigd',
    })
    const tandemGaps = normAudit(state(log), '2026-04-20').deviations.filter((d) => d.professionalId === 'bo')
    expect(tandemGaps.map((d) => [d.kind, d.from, d.until, d.days])).toEqual([
      ['tandem-regisseur-registration-lapsed', '2026-04-01', '2026-04-08', 7],
    ])
  })
})
