import type { CommandOf, TeamCommandType } from '../commands/index.ts'
import type { TeamEvent } from '../events/index.ts'
import { defaultTeamSettings } from '../shared/team-settings.ts'
import {
  assessed,
  caseRegistered,
  memberAdded,
  regieAssigned,
  registeredProfessional,
  teamFounded,
  teamId,
  thuisbegeleider,
} from './fixtures.ts'

/**
 * A team where every scenario's command would be recorded, were its actor allowed; p1 is the
 * acting professional's own id, p2 a colleague's.
 */
export const authorityTeam: readonly TeamEvent[] = [
  teamFounded(),
  ...registeredProfessional('p1'),
  ...registeredProfessional('p2'),
  thuisbegeleider('p3'),
  caseRegistered('c1'),
  assessed('c1', { unsafe: true }),
  caseRegistered('c2'),
  assessed('c2', { unsafe: true }),
  regieAssigned('c2', 'p2'),
  memberAdded('c2', 'p3', 'tandem-practitioner'),
  {
    _tag: 'ReflectionSessionPlanned',
    teamId,
    sessionId: 's1',
    kind: 'intervisie',
    on: '2026-09-10',
    hours: 2,
    participants: ['p1', 'p2'],
  },
  {
    _tag: 'WorkloadSignalRaised',
    teamId,
    signalId: 'w1',
    professionalId: 'p2',
    raisedOn: '2026-08-31',
    description: 'Te veel',
  },
]
/** The weekly meeting, open: the setting of `CloseMeeting`. */
export const meetingOpened: TeamEvent = {
  _tag: 'MeetingOpened',
  teamId,
  meetingId: 'm1',
  heldOn: '2026-09-01',
  present: ['p1'],
}

/** What a scenario is decided against: no team yet, `authorityTeam`, or that team with its meeting open. */
export type AuthoritySetting = 'unfounded' | 'team' | 'meeting-open'

/**
 * Per command type, a command that `authorityTeam` (in its setting) would record, about p1 where it
 * is about someone: the cells of the authority table, as the domain and the HTTP tests check them.
 */
export const AUTHORITY_SCENARIOS: {
  readonly [T in TeamCommandType]: { readonly setting: AuthoritySetting; readonly command: CommandOf<T> }
} = {
  FoundTeam: { setting: 'unfounded', command: { _tag: 'FoundTeam', teamId, name: 'Jeugdteam Noord' } },
  ChangeTeamSettings: {
    setting: 'team',
    command: { _tag: 'ChangeTeamSettings', teamId, settings: defaultTeamSettings, reason: 'Teamdag' },
  },
  OpenMeeting: {
    setting: 'team',
    command: { _tag: 'OpenMeeting', teamId, meetingId: 'm1', present: ['p1'] },
  },
  CloseMeeting: {
    setting: 'meeting-open',
    command: { _tag: 'CloseMeeting', teamId, meetingId: 'm1', present: ['p1'] },
  },
  AddProfessional: {
    setting: 'team',
    command: {
      _tag: 'AddProfessional',
      teamId,
      professionalId: 'p9',
      name: 'Collega p9',
      discipline: 'pedagoog',
      educationLevel: 'hbo',
      employment: 'employee',
      contractHours: 32,
      starter: true,
    },
  },
  ChangeContract: {
    setting: 'team',
    command: { _tag: 'ChangeContract', teamId, professionalId: 'p1', contractHours: 24 },
  },
  RemoveProfessional: {
    setting: 'team',
    command: { _tag: 'RemoveProfessional', teamId, professionalId: 'p1' },
  },
  RecordRegistration: {
    setting: 'team',
    command: {
      _tag: 'RecordRegistration',
      teamId,
      professionalId: 'p3',
      register: 'SKJ',
      number: '110012345',
      validFrom: '2026-08-01',
    },
  },
  RenewRegistration: {
    setting: 'team',
    command: { _tag: 'RenewRegistration', teamId, professionalId: 'p1', register: 'SKJ' },
  },
  EndRegistration: {
    setting: 'team',
    command: { _tag: 'EndRegistration', teamId, professionalId: 'p1', register: 'SKJ', reason: 'withdrawn' },
  },
  RecordExpertise: {
    setting: 'team',
    command: { _tag: 'RecordExpertise', teamId, professionalId: 'p1', expertise: ['LVB'] },
  },
  RecordAbsence: {
    setting: 'team',
    command: {
      _tag: 'RecordAbsence',
      teamId,
      professionalId: 'p1',
      absenceId: 'a1',
      kind: 'leave',
      from: '2026-09-10',
      until: '2026-09-12',
    },
  },
  RegisterCase: {
    setting: 'team',
    command: {
      _tag: 'RegisterCase',
      teamId,
      caseId: 'c9',
      reference: '2026-009',
      receivedOn: '2026-09-01',
      setting: 'ambulant',
      expertiseNeeded: [],
    },
  },
  AssessCase: {
    setting: 'team',
    command: {
      _tag: 'AssessCase',
      teamId,
      caseId: 'c1',
      indicators: { unsafe: true, heavyResponsibility: false, complexProblems: false, highImpact: false },
      intensity: 'heavy',
      reasoning: 'Opnieuw gewogen na de melding.',
    },
  },
  AssignRegie: {
    setting: 'team',
    command: { _tag: 'AssignRegie', teamId, caseId: 'c1', professionalId: 'p1' },
  },
  ReleaseRegie: {
    setting: 'team',
    command: { _tag: 'ReleaseRegie', teamId, caseId: 'c2', professionalId: 'p2', reason: 'Overdracht' },
  },
  AddCaseMember: {
    setting: 'team',
    command: { _tag: 'AddCaseMember', teamId, caseId: 'c2', professionalId: 'p1', role: 'co-worker' },
  },
  RemoveCaseMember: {
    setting: 'team',
    command: { _tag: 'RemoveCaseMember', teamId, caseId: 'c2', professionalId: 'p3', reason: 'Klaar' },
  },
  RecordTandemContact: {
    setting: 'team',
    command: { _tag: 'RecordTandemContact', teamId, caseId: 'c2', practitionerId: 'p3' },
  },
  EstablishPlan: {
    setting: 'team',
    command: { _tag: 'EstablishPlan', teamId, caseId: 'c2', kind: 'help-plan', establishedBy: 'p2' },
  },
  CloseCase: {
    setting: 'team',
    command: { _tag: 'CloseCase', teamId, caseId: 'c1', reason: 'Hulp afgerond' },
  },
  PlanReflectionSession: {
    setting: 'team',
    command: {
      _tag: 'PlanReflectionSession',
      teamId,
      sessionId: 's2',
      kind: 'intervisie',
      on: '2026-09-20',
      hours: 2,
      participants: ['p1'],
    },
  },
  HoldReflectionSession: {
    setting: 'team',
    command: {
      _tag: 'HoldReflectionSession',
      teamId,
      sessionId: 's1',
      attendees: ['p1', 'p2'],
      hours: 2,
      minutes: 'Over grenzen stellen.',
      becameCaseDiscussion: false,
      grades: [],
    },
  },
  CancelReflectionSession: {
    setting: 'team',
    command: {
      _tag: 'CancelReflectionSession',
      teamId,
      sessionId: 's1',
      reason: 'workload',
      explanation: 'Crisis',
    },
  },
  RaiseWorkloadSignal: {
    setting: 'team',
    command: {
      _tag: 'RaiseWorkloadSignal',
      teamId,
      signalId: 'w2',
      professionalId: 'p1',
      description: 'Te veel casussen',
    },
  },
  AnswerWorkloadSignal: {
    setting: 'team',
    command: { _tag: 'AnswerWorkloadSignal', teamId, signalId: 'w1', answer: 'Casus c2 gaat over.' },
  },
}
