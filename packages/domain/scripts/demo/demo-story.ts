import { at, holdMeeting, plusDays, receiveSchedule, weekday, workdays } from './demo-calendar.ts'
import { holdOrCancelIntervisie, intervisieWeeks, planIntervisie } from './demo-reflection.ts'
import { type DemoLine, DemoRun } from './demo-runner.ts'
import { meetingExtras, storyOfTheDay } from './demo-story-days.ts'
import { asProfessional, foundDemoTeam, demoTeamId as teamId } from './demo-team.ts'
import { type Prng, seededPrng } from './prng.ts'

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
