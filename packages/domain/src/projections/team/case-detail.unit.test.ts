import { describe, expect, it } from 'vitest'
import { foldEvents } from '../projection.ts'
import { plannedSessions } from '../reflection/planned-sessions.ts'
import { reflectionProjection } from '../reflection/reflection-projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { caseDetail } from './case-detail.ts'
import { professionalsList } from './professionals-list.ts'
import { teamProjection } from './team-projection.ts'
import { namedMeetingAgenda, namedTandemHealth } from './with-names.ts'

/** Anna is registered until the end of April; Bram, a thuisbegeleider, never was. */
const team = () =>
  new TeamLog('2026-01-05')
    .join('anna', { name: 'Anna de Vries' })
    .registration('anna', '2021-05-01', '2026-04-30')
    .join('bram', { name: 'Bram Bakker', hours: 18 })
    .on('2026-01-06')
    .receive('c31', '2026-031')

const stateOf = (log: TeamLog) => foldEvents(teamProjection, log.events)

describe('case detail', () => {
  it('is undefined for a case the team does not have', () => {
    expect(caseDetail(stateOf(team()), 'c99', '2026-01-10')).toBeUndefined()
    expect(caseDetail(stateOf(team()), 'toString', '2026-01-10')).toBeUndefined()
  })

  it('weighs an unassessed case provisionally and as needing registration', () => {
    const detail = caseDetail(stateOf(team()), 'c31', '2026-01-10')
    expect(detail).toMatchObject({
      reference: '2026-031',
      receivedOn: '2026-01-06',
      status: 'open',
      assessment: null,
      needsRegistration: true,
      weight: { assessed: false, parts: [{ kind: 'intensity', intensity: 'moderate' }] },
      regisseur: null,
      members: [],
    })
  })

  it('explains the weight part by part once assessed', () => {
    const detail = caseDetail(stateOf(team().assess('c31', 'heavy', { unsafe: true })), 'c31', '2026-01-10')
    expect(detail?.assessment).toMatchObject({ intensity: 'heavy', indicators: { unsafe: true } })
    expect(detail?.weight.parts.map((part) => part.kind)).toEqual(['intensity', 'indicator'])
    expect(detail?.weight.points).toBe(detail?.weight.parts.reduce((sum, part) => sum + part.points, 0))
  })

  it('names the regisseur and tandem partner with their registration standing and contact', () => {
    const log = team()
      .assess('c31', 'heavy', { unsafe: true })
      .regie('c31', 'anna')
      .member('c31', 'bram', 'tandem-practitioner')
      .on('2026-02-10')
      .contact('c31', 'anna', 'bram')
    const detail = caseDetail(stateOf(log), 'c31', '2026-02-15')
    expect(detail?.regisseur).toMatchObject({
      professionalId: 'anna',
      name: 'Anna de Vries',
      onTeam: true,
      registration: { status: 'expiring', register: 'SKJ', validUntil: '2026-04-30' },
    })
    expect(detail?.members).toMatchObject([
      {
        professionalId: 'bram',
        name: 'Bram Bakker',
        role: 'tandem-practitioner',
        registration: { status: 'none', register: null, validUntil: null },
      },
    ])
    expect(detail?.tandems).toMatchObject([
      { regisseurName: 'Anna de Vries', practitionerName: 'Bram Bakker', lastContactOn: '2026-02-10' },
    ])
  })

  it('shows a lapsed registration with its last valid day', () => {
    const detail = caseDetail(stateOf(team().regie('c31', 'anna')), 'c31', '2026-05-04')
    expect(detail?.regisseur?.registration).toEqual({
      status: 'lapsed',
      register: 'SKJ',
      validUntil: '2026-04-30',
    })
  })

  it('is closed, without tandem rows, after the case closed', () => {
    const detail = caseDetail(stateOf(team().on('2026-03-01').close('c31')), 'c31', '2026-03-02')
    expect(detail).toMatchObject({ status: 'closed', closedOn: '2026-03-01', tandems: [] })
  })
})

describe('the professionals list', () => {
  it('gives every current colleague with registration, absence and room', () => {
    const log = team().absent('bram', '2026-01-06', '2026-01-09').on('2026-01-07').regie('c31', 'anna')
    const rows = professionalsList(stateOf(log), '2026-01-07')
    expect(rows.map((row) => row.name)).toEqual(['Anna de Vries', 'Bram Bakker'])
    expect(rows[0]).toMatchObject({
      contractHours: 36,
      absentToday: false,
      registration: { status: 'valid' },
    })
    expect(rows[0]?.load).toBeGreaterThan(0)
    expect(rows[1]).toMatchObject({
      contractHours: 18,
      absentToday: true,
      load: 0,
      registration: { status: 'none' },
    })
  })

  it('leaves out who left the team', () => {
    const rows = professionalsList(stateOf(team().on('2026-02-01').leave('bram')), '2026-02-02')
    expect(rows.map((row) => row.professionalId)).toEqual(['anna'])
  })
})

describe('names beside ids', () => {
  it('names both partners of a tandem, and the regisseur of a case without proper regie', () => {
    const log = team()
      .assess('c31', 'heavy', { unsafe: true })
      .regie('c31', 'anna')
      .member('c31', 'bram', 'tandem-practitioner')
    expect(namedTandemHealth(stateOf(log), '2026-01-07')).toMatchObject([
      { regisseurId: 'anna', regisseurName: 'Anna de Vries', practitionerName: 'Bram Bakker' },
    ])
    const agenda = namedMeetingAgenda(stateOf(log.on('2026-03-01').leave('anna')), '2026-03-02')
    expect(agenda.unassignedRegie).toMatchObject([{ regisseurId: 'anna', regisseurName: 'Anna de Vries' }])
    expect(agenda.normGaps).toMatchObject([{ professionalId: 'bram', name: 'Bram Bakker' }])
  })

  it('lists planned reflection sessions with participants by name', () => {
    const log = team()
      .plan('s1', '2026-01-20', ['anna', 'bram'])
      .plan('s2', '2026-01-13', ['anna'])
      .plan('s3', '2026-01-27', ['bram'])
      .on('2026-01-14')
      .cancel('s3')
    const sessions = plannedSessions(foldEvents(reflectionProjection, log.events), '2026-01-14')
    expect(sessions).toMatchObject([
      { sessionId: 's2', on: '2026-01-13', overdue: true, participants: [{ name: 'Anna de Vries' }] },
      {
        sessionId: 's1',
        kind: 'intervisie',
        participants: [{ name: 'Anna de Vries' }, { name: 'Bram Bakker' }],
      },
    ])
  })
})
