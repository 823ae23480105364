import { defaultTeamSettings } from '../../src/shared/team-settings.ts'
import { at } from './demo-calendar.ts'
import type { DemoRun } from './demo-runner.ts'
import { asProfessional, coach, demoTeamId as teamId } from './demo-team.ts'

/** R7 — the meeting after Daan's registration lapsed hands over his cases that need registration. */
const handOverLapsedCases = (
  run: DemoRun,
  day: string,
  meetingId: string,
  keepOneOutOfLine: boolean,
): void => {
  const open = [...run.team.cases.values()].filter(
    (c) =>
      c.status === 'open' &&
      c.regie?.professionalId === 'p04' &&
      !c.regie.exemption &&
      c.assessment &&
      Object.values(c.assessment.indicators).some(Boolean),
  )
  for (const [index, theCase] of open.entries()) {
    if (keepOneOutOfLine && index === open.length - 1) return
    const { caseId } = theCase
    const by = asProfessional('p01')
    const time = at(day, '10:30')
    run.run(
      {
        _tag: 'ReleaseRegie',
        teamId,
        caseId,
        professionalId: 'p04',
        reason: 'Registratie SKJ verlopen op 30 september',
      },
      by,
      time,
      meetingId,
    )
    if (index === 0) {
      // Daan keeps this family, in recorded close cooperation with Anouk (R7)
      if (!theCase.members.has('p01'))
        run.run(
          { _tag: 'AddCaseMember', teamId, caseId, professionalId: 'p01', role: 'co-worker' },
          by,
          time,
          meetingId,
        )
      const exemption = {
        ground: 'close-cooperation-with-registered' as const,
        reasoning:
          'Daan kent het gezin goed; tot zijn herregistratie werkt hij nauw samen met Anouk, die elk besluit meeweegt.',
        decidedBy: ['p01', 'p04', 'coach-1'],
      }
      run.run({ _tag: 'AssignRegie', teamId, caseId, professionalId: 'p04', exemption }, by, time, meetingId)
    } else {
      const next = ['p12', 'p03', 'p01', 'p02'][index % 4]!
      if (theCase.members.has(next))
        run.run(
          { _tag: 'RemoveCaseMember', teamId, caseId, professionalId: next, reason: 'Neemt de regie over' },
          by,
          time,
          meetingId,
        )
      run.run({ _tag: 'AssignRegie', teamId, caseId, professionalId: next }, by, time, meetingId)
    }
  }
}

export const meetingExtras = (run: DemoRun, day: string, meetingId: string): void => {
  if (day === '2026-09-01') {
    const settings = { ...defaultTeamSettings, reflectionNormHoursPerFte: 10 }
    run.run(
      {
        _tag: 'ChangeTeamSettings',
        teamId,
        settings,
        reason: 'Afgesproken op de teamdag: meer beschermde reflectietijd.',
      },
      coach,
      at(day, '10:45'),
      meetingId,
    )
  }
  if (day === '2026-10-06') handOverLapsedCases(run, day, meetingId, true)
  if (day === '2026-10-13') {
    handOverLapsedCases(run, day, meetingId, false)
    run.run(
      {
        _tag: 'AnswerWorkloadSignal',
        teamId,
        signalId: 'signal-01',
        answer:
          'Besproken met Anouk: haar crisiscasussen krijgen een co-werker en de coach kijkt wekelijks mee naar haar caseload.',
      },
      coach,
      at(day, '10:50'),
      meetingId,
    )
  }
}

/** One-off facts of the story, each on its day. */
export const storyOfTheDay = (run: DemoRun, day: string): void => {
  const p = (id: string) => asProfessional(id)
  const story: Record<string, () => void> = {
    '2026-09-14': () =>
      run.run(
        {
          _tag: 'RecordAbsence',
          teamId,
          professionalId: 'p02',
          absenceId: 'absence-01',
          kind: 'unplanned',
          from: '2026-09-14',
          until: '2026-09-16',
        },
        coach,
        at(day, '08:15'),
      ),
    '2026-09-24': () => {
      run.run(
        {
          _tag: 'PlanReflectionSession',
          teamId,
          sessionId: 'session-moreel-beraad-1',
          kind: 'moreel-beraad',
          on: '2026-09-24',
          hours: 1.5,
          participants: ['p01', 'p04', 'p05', 'p07'],
        },
        coach,
        at(day, '08:30'),
      )
      run.run(
        {
          _tag: 'HoldReflectionSession',
          teamId,
          sessionId: 'session-moreel-beraad-1',
          attendees: ['p01', 'p04', 'p05', 'p07'],
          hours: 1.5,
          minutes: 'Dilemma: doorgaan met een gezin dat hulp weigert.',
          becameCaseDiscussion: false,
          grades: [
            { professionalId: 'p01', grade: 8 },
            { professionalId: 'p05', grade: 9 },
          ],
        },
        coach,
        at(day, '15:30'),
      )
    },
    '2026-10-01': () => {
      run.run(
        {
          _tag: 'ChangeContract',
          teamId,
          professionalId: 'p03',
          contractHours: 28,
          effectiveFrom: '2026-10-01',
        },
        coach,
        at(day, '09:00'),
      )
      run.run(
        {
          _tag: 'RecordAbsence',
          teamId,
          professionalId: 'p08',
          absenceId: 'absence-02',
          kind: 'leave',
          from: '2026-10-12',
          until: '2026-10-23',
        },
        p('p08'),
        at(day, '09:10'),
      )
    },
    '2026-10-06': () =>
      run.run(
        {
          _tag: 'RaiseWorkloadSignal',
          teamId,
          signalId: 'signal-01',
          professionalId: 'p01',
          description:
            'Door drie crisiscasussen tegelijk lukt het niet meer om volgens de beroepscode te werken.',
        },
        p('p01'),
        at(day, '16:30'),
      ),
    '2026-10-20': () =>
      run.run(
        { _tag: 'RenewRegistration', teamId, professionalId: 'p02', register: 'SKJ' },
        coach,
        at(day, '09:00'),
      ),
    '2026-10-22': () => {
      run.run(
        {
          _tag: 'PlanReflectionSession',
          teamId,
          sessionId: 'session-supervisie-1',
          kind: 'supervisie',
          on: '2026-10-22',
          hours: 1,
          participants: ['p11', 'p02'],
        },
        p('p02'),
        at(day, '08:30'),
      )
      run.run(
        {
          _tag: 'HoldReflectionSession',
          teamId,
          sessionId: 'session-supervisie-1',
          attendees: ['p11', 'p02'],
          hours: 1,
          minutes: 'Leerdoelen stage; eigen rol in gesprekken met ouders.',
          becameCaseDiscussion: false,
          grades: [{ professionalId: 'p11', grade: 8 }],
        },
        p('p02'),
        at(day, '14:00'),
      )
    },
    '2026-11-12': () =>
      run.run(
        {
          _tag: 'RaiseWorkloadSignal',
          teamId,
          signalId: 'signal-02',
          professionalId: 'p03',
          description: 'Met minder contracturen en dezelfde caseload kom ik niet toe aan de hulpplannen.',
        },
        p('p03'),
        at(day, '17:00'),
      ),
  }
  story[day]?.()
}
