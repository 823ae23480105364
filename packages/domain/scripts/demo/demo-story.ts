import { defaultTeamSettings } from '../../src/shared/team-settings.ts'
import { at, holdMeeting, plusDays, receiveSchedule, weekday, workdays } from './demo-calendar.ts'
import { type DemoLine, DemoRun } from './demo-runner.ts'
import { asProfessional, coach, foundDemoTeam, demoTeamId as teamId } from './demo-team.ts'
import { type Prng, seededPrng } from './prng.ts'

const reflectionGroup = ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p12']
/** Intervisie every other Thursday; two fall to workload in October (what R9 warns about). */
const cancelledForWorkload = new Set(['2026-10-15', '2026-10-29'])
/** The Tuesdays on which that Thursday's intervisie is planned. */
const intervisieWeeks = new Set([
  '2026-08-25',
  '2026-09-08',
  '2026-09-22',
  '2026-10-06',
  '2026-10-13',
  '2026-10-27',
  '2026-11-10',
])

/**
 * The demo team's thirteen weeks, as commands through the decider: cases arrive on workdays, are
 * divided in Tuesday's meeting, tandems keep contact on Thursdays, plans follow, some cases close;
 * Daan's registration lapses on 30 September and the team acts on it; reflection is held, graded
 * and sometimes cancelled; a workload signal is raised and answered, a second one is still open.
 */
export const buildDemoLog = (): readonly DemoLine[] => {
  const prng = seededPrng(20261120)
  const run = new DemoRun(teamId)
  foundDemoTeam(run)
  const cases = receiveSchedule(prng)
  for (const day of workdays()) {
    for (const [i, demoCase] of cases.entries()) {
      if (demoCase.receivedOn !== day) continue
      const { caseId, reference, receivedOn, setting } = demoCase
      const time = at(day, `08:${String(30 + (i % 30)).padStart(2, '0')}`)
      run.run(
        { _tag: 'RegisterCase', teamId, caseId, reference, receivedOn, setting, expertiseNeeded: [] },
        asProfessional('p03'),
        time,
      )
    }
    if (weekday(day) === 2) {
      holdMeeting(run, prng, day, cases, (meetingId) => meetingExtras(run, day, meetingId))
      if (intervisieWeeks.has(day)) planIntervisie(run, day)
    }
    dailyFollowUp(run, prng, day, cases)
    if (weekday(day) === 4) holdOrCancelIntervisie(run, prng, day)
    storyOfTheDay(run, day)
  }
  return run.lines
}

const planIntervisie = (run: DemoRun, tuesday: string): void => {
  const on = plusDays(tuesday, 2)
  const sessionId = `session-${on}`
  run.run(
    {
      _tag: 'PlanReflectionSession',
      teamId,
      sessionId,
      kind: 'intervisie',
      on,
      hours: 2,
      participants: reflectionGroup,
    },
    coach,
    at(tuesday, '11:05'),
  )
}

const holdOrCancelIntervisie = (run: DemoRun, prng: Prng, day: string): void => {
  const sessionId = `session-${day}`
  if (run.team.sessions.get(sessionId)?.status !== 'planned') return
  if (cancelledForWorkload.has(day)) {
    const explanation = 'Te veel crisismeldingen deze week; niemand kon de tijd vrijmaken.'
    run.run(
      { _tag: 'CancelReflectionSession', teamId, sessionId, reason: 'workload', explanation },
      coach,
      at(day, '08:00'),
    )
    return
  }
  const attendees = reflectionGroup.filter((id) => {
    const p = run.team.professionals.get(id)!
    return !p.absences.some((a) => a.from <= day && day <= a.until) && prng.chance(0.85)
  })
  const grades = attendees
    .filter(() => prng.chance(0.8))
    .map((professionalId) => ({ professionalId, grade: prng.between(5, 9) }))
  const becameCaseDiscussion = prng.chance(0.25)
  const minutes = becameCaseDiscussion
    ? 'Het gesprek schoof op naar casusoverleg; volgende keer bewaakt de voorzitter de reflectievraag.'
    : 'Inbreng over grenzen stellen onder werkdruk; methode: incidentmethode.'
  run.run(
    {
      _tag: 'HoldReflectionSession',
      teamId,
      sessionId,
      attendees,
      hours: 2,
      minutes,
      becameCaseDiscussion,
      grades,
    },
    coach,
    at(day, '16:00'),
  )
}

/** Plans, tandem contacts and closings as the week goes on. */
const dailyFollowUp = (
  run: DemoRun,
  prng: Prng,
  day: string,
  cases: ReturnType<typeof receiveSchedule>,
): void => {
  for (const demoCase of cases) {
    const theCase = run.team.cases.get(demoCase.caseId)
    if (theCase?.status !== 'open') continue
    const { caseId } = demoCase
    const regisseur = theCase.regie?.professionalId
    if (demoCase.planOn === day && regisseur) {
      run.run(
        {
          _tag: 'EstablishPlan',
          teamId,
          caseId,
          kind: 'help-plan',
          establishedBy: regisseur,
          reviewOn: plusDays(day, 56),
        },
        asProfessional(regisseur),
        at(day, '13:00'),
      )
    }
    const tandem = demoCase.tandem
    const due = demoCase.lastContact !== undefined && plusDays(demoCase.lastContact, 12) <= day
    if (tandem && regisseur && weekday(day) === 4 && due && theCase.members.has(tandem) && prng.chance(0.8)) {
      run.run(
        { _tag: 'RecordTandemContact', teamId, caseId, practitionerId: tandem },
        asProfessional(regisseur),
        at(day, '10:30'),
      )
      demoCase.lastContact = day
    }
    if (demoCase.closeOn !== undefined && demoCase.closeOn <= day) {
      run.run(
        { _tag: 'CloseCase', teamId, caseId, reason: 'Doelen behaald; afgesloten met het gezin.' },
        asProfessional(regisseur ?? 'p01'),
        at(day, '15:00'),
      )
    }
  }
}

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

const meetingExtras = (run: DemoRun, day: string, meetingId: string): void => {
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
const storyOfTheDay = (run: DemoRun, day: string): void => {
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
