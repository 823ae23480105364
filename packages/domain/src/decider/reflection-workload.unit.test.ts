import { describe, it } from 'vitest'
import { given } from '../testing/decider-spec.ts'
import { joined, teamFounded, teamId } from '../testing/fixtures.ts'

const team = [teamFounded(), joined('p1'), joined('p2')]
const planned = {
  _tag: 'ReflectionSessionPlanned',
  teamId,
  sessionId: 's1',
  kind: 'intervisie',
  on: '2026-09-10',
  hours: 2,
  participants: ['p1', 'p2'],
} as const
const hold = (grades: ReadonlyArray<{ professionalId: string; grade: number }>) =>
  ({
    _tag: 'HoldReflectionSession',
    teamId,
    sessionId: 's1',
    attendees: ['p1', 'p2'],
    hours: 2,
    minutes: 'Over grenzen stellen bij werkdruk.',
    becameCaseDiscussion: false,
    grades,
  }) as const

describe('Reflection sessions — R9: protected time, graded', () => {
  it('plans protected reflection time for the team', () => {
    given(team)
      .when({ ...planned, _tag: 'PlanReflectionSession' })
      .then([planned])
  })

  it('records a held intervisie with a grade from each attendee', () => {
    const grades = [
      { professionalId: 'p1', grade: 8 },
      { professionalId: 'p2', grade: 6 },
    ]
    given([...team, planned])
      .when(hold(grades))
      .then([{ ...hold(grades), _tag: 'ReflectionSessionHeld' }])
  })

  it('refuses a grade outside 1–10', () => {
    given([...team, planned])
      .when(hold([{ professionalId: 'p1', grade: 11 }]))
      .thenRejects('GradeOutOfRange', 'grades.0.grade')
  })

  it('refuses a grade that is not a whole number', () => {
    given([...team, planned])
      .when(hold([{ professionalId: 'p1', grade: 7.5 }]))
      .thenRejects('GradeOutOfRange')
  })

  it('refuses a grade from someone who was not there', () => {
    given([...team, joined('p3'), planned])
      .when(hold([{ professionalId: 'p3', grade: 7 }]))
      .thenRejects('GradeFromNonAttendee', 'grades.0.professionalId')
  })

  it('keeps a cancellation because of workload in the log', () => {
    given([...team, planned])
      .when({
        _tag: 'CancelReflectionSession',
        teamId,
        sessionId: 's1',
        reason: 'workload',
        explanation: 'Crisis in twee gezinnen',
      })
      .then([
        {
          _tag: 'ReflectionSessionCancelled',
          teamId,
          sessionId: 's1',
          reason: 'workload',
          explanation: 'Crisis in twee gezinnen',
        },
      ])
  })

  it('refuses holding a session that was cancelled', () => {
    given([
      ...team,
      planned,
      { _tag: 'ReflectionSessionCancelled', teamId, sessionId: 's1', reason: 'workload', explanation: '' },
    ])
      .when(hold([]))
      .thenRejects('SessionNotPlanned')
  })

  it('refuses holding a session that was never planned', () => {
    given(team).when(hold([])).thenRejects('UnknownSession')
  })
})

describe('Workload signals — R11: the organisation answers, once', () => {
  const raised = {
    _tag: 'WorkloadSignalRaised',
    teamId,
    signalId: 'w1',
    professionalId: 'p1',
    raisedOn: '2026-09-01',
    description: 'Caseload te hoog om volgens de beroepscode te werken',
  } as const
  const answer = {
    _tag: 'AnswerWorkloadSignal',
    teamId,
    signalId: 'w1',
    answer: 'Twee casussen gaan naar p2.',
  } as const

  it('lets a professional raise a workload signal', () => {
    given(team)
      .when({
        _tag: 'RaiseWorkloadSignal',
        teamId,
        signalId: 'w1',
        professionalId: 'p1',
        description: raised.description,
      })
      .then([raised])
  })

  it('lets the coach answer the signal', () => {
    given([...team, raised])
      .when(answer, { role: 'coach' })
      .then([
        {
          _tag: 'WorkloadSignalAnswered',
          teamId,
          signalId: 'w1',
          answeredOn: '2026-09-01',
          answer: answer.answer,
        },
      ])
  })

  it('does not let a colleague answer for the organisation', () => {
    given([...team, raised])
      .when(answer)
      .thenRejects('NotAllowedForRole')
  })

  it('answers a signal only once', () => {
    given([
      ...team,
      raised,
      { _tag: 'WorkloadSignalAnswered', teamId, signalId: 'w1', answeredOn: '2026-09-01', answer: 'Ok' },
    ])
      .when(answer, { role: 'coach' })
      .thenRejects('SignalAlreadyAnswered')
  })

  it('refuses answering an unknown signal', () => {
    given(team).when(answer, { role: 'coach' }).thenRejects('UnknownSignal')
  })
})
