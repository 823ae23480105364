import { describe, it } from 'vitest'
import { defaultTeamSettings } from '../shared/team-settings.ts'
import { given } from '../testing/decider-spec.ts'
import { caseRegistered, joined, teamFounded, teamId } from '../testing/fixtures.ts'

const found = { _tag: 'FoundTeam', teamId, name: 'Jeugdteam Noord' } as const
const admin = { role: 'admin' } as const

describe('FoundTeam and settings', () => {
  it('founds a team with the default settings, on the day of the decision', () => {
    given([])
      .when(found, admin)
      .then([
        {
          _tag: 'TeamFounded',
          teamId,
          name: 'Jeugdteam Noord',
          foundedOn: '2026-09-01',
          settings: defaultTeamSettings,
        },
      ])
  })

  it('lets only an administrator found a team', () => {
    given([]).when(found, { role: 'coach' }).thenRejects('NotAllowedForRole')
  })

  it('refuses to found a team twice', () => {
    given([teamFounded()]).when(found, admin).thenRejects('TeamAlreadyFounded')
  })

  it('refuses any other command before the team is founded', () => {
    given([])
      .when({
        _tag: 'RaiseWorkloadSignal',
        teamId,
        signalId: 's1',
        professionalId: 'p1',
        description: 'Te veel',
      })
      .thenRejects('TeamNotFounded')
  })

  it('refuses a command for another team on this stream', () => {
    given([teamFounded()])
      .when({
        _tag: 'RegisterCase',
        teamId: 'zuid',
        caseId: 'c1',
        reference: '2026-001',
        receivedOn: '2026-09-01',
        setting: 'ambulant',
        expertiseNeeded: [],
      })
      .thenRejects('TeamMismatch', 'teamId')
  })

  it('lets the coach change the reflection norm, with the reason kept', () => {
    const settings = { ...defaultTeamSettings, reflectionNormHoursPerFte: 10 }
    given([teamFounded()])
      .when(
        { _tag: 'ChangeTeamSettings', teamId, settings, reason: 'Afgesproken in teamdag' },
        { role: 'coach' },
      )
      .then([{ _tag: 'TeamSettingsChanged', teamId, settings, reason: 'Afgesproken in teamdag' }])
  })

  it('does not let a professional change team settings alone', () => {
    given([teamFounded()])
      .when({ _tag: 'ChangeTeamSettings', teamId, settings: defaultTeamSettings, reason: 'Zomaar' })
      .thenRejects('NotAllowedForRole')
  })

  it('never lets an auditor decide', () => {
    given([teamFounded(), joined('p1')])
      .when(
        { _tag: 'RaiseWorkloadSignal', teamId, signalId: 's1', professionalId: 'p1', description: 'Te veel' },
        { role: 'auditor' },
      )
      .thenRejects('NotAllowedForRole')
  })
})

describe('The weekly meeting', () => {
  const open = { _tag: 'OpenMeeting', teamId, meetingId: 'm1', present: ['p1'] } as const
  const opened = {
    _tag: 'MeetingOpened',
    teamId,
    meetingId: 'm1',
    heldOn: '2026-09-01',
    present: ['p1'],
  } as const

  it('opens with the colleagues present', () => {
    given([teamFounded(), joined('p1')])
      .when(open)
      .then([opened])
  })

  it('refuses a second meeting while one is open', () => {
    given([teamFounded(), joined('p1'), opened])
      .when({ ...open, meetingId: 'm2' })
      .thenRejects('MeetingAlreadyOpen')
  })

  it('refuses someone present who is not on the team', () => {
    given([teamFounded()]).when(open).thenRejects('UnknownProfessional', 'present.0')
  })

  it('accepts decisions that carry the open meeting', () => {
    given([teamFounded(), joined('p1'), opened])
      .when(
        { _tag: 'RaiseWorkloadSignal', teamId, signalId: 's1', professionalId: 'p1', description: 'Te veel' },
        { meetingId: 'm1' },
      )
      .thenEmits('WorkloadSignalRaised')
  })

  it('refuses decisions that claim a meeting which is closed', () => {
    given([
      teamFounded(),
      joined('p1'),
      opened,
      { _tag: 'MeetingClosed', teamId, meetingId: 'm1', present: ['p1'] },
    ])
      .when(
        { _tag: 'RaiseWorkloadSignal', teamId, signalId: 's1', professionalId: 'p1', description: 'Te veel' },
        { meetingId: 'm1' },
      )
      .thenRejects('MeetingNotOpen')
  })

  it('closes the open meeting', () => {
    given([teamFounded(), joined('p1'), opened])
      .when({ _tag: 'CloseMeeting', teamId, meetingId: 'm1', present: ['p1'] })
      .then([{ _tag: 'MeetingClosed', teamId, meetingId: 'm1', present: ['p1'] }])
  })

  it('never reuses a meeting id', () => {
    given([
      teamFounded(),
      joined('p1'),
      opened,
      { _tag: 'MeetingClosed', teamId, meetingId: 'm1', present: [] },
    ])
      .when(open)
      .thenRejects('DuplicateId', 'meetingId')
  })
})

describe('RegisterCase', () => {
  const register = (caseId: string, reference: string) =>
    ({
      _tag: 'RegisterCase',
      teamId,
      caseId,
      reference,
      receivedOn: '2026-09-01',
      setting: 'ambulant',
      expertiseNeeded: [],
    }) as const

  it('registers a new case under its team reference', () => {
    given([teamFounded()]).when(register('c1', '2026-001')).thenEmits('CaseRegistered')
  })

  it('refuses a reference the team already uses, so the agenda stays unambiguous', () => {
    given([teamFounded(), caseRegistered('c1', { reference: '2026-001' })])
      .when(register('c2', '2026-001'))
      .thenRejects('DuplicateReference', 'reference')
  })

  it('refuses a case id the team already uses', () => {
    given([teamFounded(), caseRegistered('c1', { reference: '2026-001' })])
      .when(register('c1', '2026-002'))
      .thenRejects('DuplicateId', 'caseId')
  })
})
