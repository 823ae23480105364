import { describe, expect, it } from 'vitest'
import { defaultTeamSettings } from '../../shared/team-settings.ts'
import { foldEvents } from '../projection.ts'
import { TeamLog } from '../testing/team-log.ts'
import { meetingAgenda } from './meeting-agenda.ts'
import { tandemHealth } from './tandem-health.ts'
import { teamProjection } from './team-projection.ts'
import { waitingList } from './waiting-list.ts'

const fold = (log: TeamLog) => foldEvents(teamProjection, log.events)

const team = () =>
  new TeamLog('2026-01-05')
    .join('anna')
    .registration('anna', '2021-06-01', '2026-05-31')
    .join('tom', { name: 'Tom (thuisbegeleider)' })
    .on('2026-01-06')
    .receive('c31', '2026-031')
    .assess('c31', 'heavy', { unsafe: true })
    .regie('c31', 'anna')
    .member('c31', 'tom', 'tandem-practitioner')

describe('meeting agenda', () => {
  it('lists a case that still has to be weighed as new, with how long it waits', () => {
    const agenda = meetingAgenda(fold(team().on('2026-01-12').receive('c32', '2026-032')), '2026-01-15')
    expect(agenda.newCases).toMatchObject([{ reference: '2026-032', assessed: false, daysWaiting: 3 }])
  })

  it('lists members whose load passes the overload ratio', () => {
    const log = team().settings({ ...defaultTeamSettings, pointsPerFte: 2 })
    expect(meetingAgenda(fold(log), '2026-01-15').overloaded.map((m) => m.professionalId)).toEqual(['anna'])
  })

  it('lists a registration that runs out within 90 days', () => {
    expect(meetingAgenda(fold(team()), '2026-03-15').registrations).toMatchObject([
      { professionalId: 'anna', status: 'expiring', date: '2026-05-31', days: 77 },
    ])
  })

  it('lists a registration that already lapsed', () => {
    expect(meetingAgenda(fold(team()), '2026-06-10').registrations).toMatchObject([
      { professionalId: 'anna', status: 'lapsed', date: '2026-06-01', days: 9 },
    ])
  })

  it('lists an open workload signal until it is answered (R11)', () => {
    const raised = team().on('2026-01-12').signal('s1', 'tom')
    expect(meetingAgenda(fold(raised), '2026-01-15').openSignals).toMatchObject([
      { signalId: 's1', daysOpen: 3 },
    ])
    expect(meetingAgenda(fold(raised.on('2026-01-14').answer('s1')), '2026-01-15').openSignals).toEqual([])
  })

  it('shows the meeting that is open, and none once it closed', () => {
    const open = team().on('2026-01-13').openMeeting('m1', ['anna', 'tom'])
    expect(meetingAgenda(fold(open), '2026-01-13').openMeeting?.id).toBe('m1')
    expect(meetingAgenda(fold(open.closeMeeting(['anna', 'tom'])), '2026-01-13').openMeeting).toBeNull()
  })

  it('lists a tandem whose agreed contact is overdue', () => {
    expect(meetingAgenda(fold(team()), '2026-01-25').tandemsOverdue).toMatchObject([
      {
        reference: '2026-031',
        regisseurId: 'anna',
        practitionerId: 'tom',
        dueOn: '2026-01-20',
        overdueDays: 5,
      },
    ])
  })
})

describe('tandem health', () => {
  it('counts the next contact from the last recorded one', () => {
    const log = team().on('2026-01-19').contact('c31', 'anna', 'tom')
    expect(tandemHealth(fold(log), '2026-01-25')).toMatchObject([
      { lastContactOn: '2026-01-19', dueOn: '2026-02-02', overdueDays: 0 },
    ])
  })

  it('does not count contact with an earlier regisseur for the new one', () => {
    const log = team()
      .join('bram')
      .registration('bram', '2024-01-01', '2029-01-01')
      .on('2026-01-10')
      .contact('c31', 'anna', 'tom')
      .on('2026-01-12')
      .release('c31', 'anna')
      .regie('c31', 'bram')
    expect(tandemHealth(fold(log), '2026-01-13')).toMatchObject([
      { regisseurId: 'bram', lastContactOn: null },
    ])
  })
})

describe('waiting list', () => {
  it('shows days from received to the first regisseur, and who still waits', () => {
    const log = team().on('2026-01-07').receive('c32', '2026-032')
    const list = waitingList(fold(log), '2026-01-17')
    expect(list.placed).toMatchObject([{ reference: '2026-031', daysToRegie: 0 }])
    expect(list.waiting).toMatchObject([{ reference: '2026-032', daysWaiting: 10 }])
    expect(list.averageDaysToRegie).toBe(0)
  })
})
