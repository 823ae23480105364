import { at, plusDays } from './demo-calendar.ts'
import type { DemoRun } from './demo-runner.ts'
import { coach, demoTeamId as teamId } from './demo-team.ts'
import type { Prng } from './prng.ts'

const reflectionGroup = ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p12']
/** Intervisie every other Thursday; two fall to workload in October (what R9 warns about). */
const cancelledForWorkload = new Set(['2026-10-15', '2026-10-29'])
/** The Tuesdays on which that Thursday's intervisie is planned. */
export const intervisieWeeks = new Set([
  '2026-08-25',
  '2026-09-08',
  '2026-09-22',
  '2026-10-06',
  '2026-10-13',
  '2026-10-27',
  '2026-11-10',
])

export const planIntervisie = (run: DemoRun, tuesday: string): void => {
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

export const holdOrCancelIntervisie = (run: DemoRun, prng: Prng, day: string): void => {
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
