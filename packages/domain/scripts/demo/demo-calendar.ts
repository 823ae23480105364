import { caseNeedsRegistration, isRegistered } from '../../src/rules/registration.ts'
import { chooseRegisseur, chooseTandemPartner, type DemoCase, demoAssessment } from './demo-divide.ts'
import type { DemoRun } from './demo-runner.ts'
import { asProfessional, coach, demoTeamId as teamId } from './demo-team.ts'
import type { Prng } from './prng.ts'

/** The demo covers 2026-08-24 (Monday) to 2026-11-20 (Friday): thirteen weeks, a meeting each Tuesday. */
export const firstDay = '2026-08-24'
const dayCount = 89

/** R7 story: Daan takes two unsafe cases in September, before his registration lapses on 30 September. */
const daansCases = new Set(['2026-041', '2026-044'])

const at = (day: string, time: string): string => `${day}T${time}:00Z`
const weekday = (day: string): number => new Date(`${day}T12:00:00Z`).getUTCDay()
const plusDays = (day: string, days: number): string =>
  new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + days))
    .toISOString()
    .slice(0, 10)

/** The days of the demo, Monday to Friday. */
export const workdays = (): readonly string[] =>
  Array.from({ length: dayCount }, (_, i) => plusDays(firstDay, i)).filter(
    (d) => weekday(d) >= 1 && weekday(d) <= 5,
  )

/** Sixty cases, references 2026-031 to 2026-090, received on random workdays; the fifth is a gezinshuis placement. */
export const receiveSchedule = (prng: Prng): readonly DemoCase[] => {
  const days = workdays()
  const received = Array.from({ length: 60 }, () => prng.pick(days)).sort()
  return received.map((receivedOn, i) => ({
    caseId: `case-${String(31 + i).padStart(3, '0')}`,
    reference: `2026-${String(31 + i).padStart(3, '0')}`,
    receivedOn,
    setting: i === 4 ? 'gezinshuis' : 'ambulant',
    divided: false,
  }))
}

/** Tuesday's meeting: the team divides every case that came in since, in the open meeting. */
export const holdMeeting = (
  run: DemoRun,
  prng: Prng,
  day: string,
  cases: readonly DemoCase[],
  extra: (meetingId: string) => void,
): void => {
  const meetingId = `meeting-${day}`
  const present = [...run.team.professionals.values()]
    .filter((p) => p.leftOn === undefined && !p.absences.some((a) => a.from <= day && day <= a.until))
    .map((p) => p.professionalId)
  run.run({ _tag: 'OpenMeeting', teamId, meetingId, present }, coach, at(day, '09:00'))
  let minute = 5
  for (const demoCase of cases.filter((c) => !c.divided && c.receivedOn < day)) {
    divideCase(run, prng, day, demoCase, meetingId, at(day, `09:${String(minute).padStart(2, '0')}`))
    minute = Math.min(minute + 1, 59)
  }
  extra(meetingId)
  run.run({ _tag: 'CloseMeeting', teamId, meetingId, present }, coach, at(day, '11:00'))
}

const divideCase = (
  run: DemoRun,
  prng: Prng,
  day: string,
  demoCase: DemoCase,
  meetingId: string,
  time: string,
): void => {
  const { caseId } = demoCase
  const chair = asProfessional('p01')
  const decide = (command: Parameters<DemoRun['run']>[0]) => run.run(command, chair, time, meetingId)
  demoCase.divided = true
  if (demoCase.setting === 'gezinshuis') {
    divideGezinshuis(decide, demoCase, day)
    return
  }
  const assessment = demoAssessment(prng)
  const intensity = assessment.intensity
  const indicators = daansCases.has(demoCase.reference)
    ? { ...assessment.indicators, unsafe: true }
    : assessment.indicators
  const reasoning = 'Gewogen in het verdeeloverleg op basis van de aanmelding en het eerste gesprek.'
  decide({ _tag: 'AssessCase', teamId, caseId, indicators, intensity, reasoning })
  const theCase = run.team.cases.get(caseId)!
  // one complex case stays with the thuisbegeleider the young person already trusts (R3)
  if (demoCase.reference === '2026-043') {
    const exemption = {
      ground: 'continuity-of-relationship' as const,
      reasoning:
        'De jongere heeft al twee jaar een goede band met Gijs; overdracht zou de hulp schaden. Esra kijkt maandelijks mee.',
      decidedBy: ['p05', 'coach-1'],
    }
    decide({ _tag: 'AssignRegie', teamId, caseId, professionalId: 'p07', exemption })
    demoCase.planOn = plusDays(day, 2)
    return
  }
  const regisseur = daansCases.has(demoCase.reference) ? 'p04' : chooseRegisseur(run.team, caseId, day, prng)
  if (!regisseur) return
  decide({ _tag: 'AssignRegie', teamId, caseId, professionalId: regisseur })
  demoCase.planOn = plusDays(day, prng.between(1, 8))
  if (caseNeedsRegistration(theCase) && intensity !== 'light' && prng.chance(0.35)) {
    const partner = chooseTandemPartner(run.team, day, prng)
    if (partner) {
      decide({
        _tag: 'AddCaseMember',
        teamId,
        caseId,
        professionalId: partner,
        role: 'tandem-practitioner',
        contactIntervalDays: 14,
      })
      demoCase.tandem = partner
      demoCase.lastContact = day
    }
  }
  if (regisseur !== 'p02' && prng.chance(0.15)) {
    decide({
      _tag: 'AddCaseMember',
      teamId,
      caseId,
      professionalId: 'p11',
      role: 'intern',
      supervisorId: 'p02',
    })
  } else if (indicators.unsafe && prng.chance(0.3)) {
    const colleague = ['p01', 'p03', 'p06', 'p12'].find(
      (id) => id !== regisseur && isRegistered(run.team.professionals.get(id)!, day),
    )
    if (colleague)
      decide({ _tag: 'AddCaseMember', teamId, caseId, professionalId: colleague, role: 'co-worker' })
  } else if (!theCase.members.has('p13') && prng.chance(0.06)) {
    const exemption = {
      ground: 'discipline-without-skj-registration' as const,
      reasoning: 'Speltherapie is hier de kern van de hulp; een vaktherapeut hoeft niet in het SKJ te staan.',
      decidedBy: [regisseur, 'p05'],
    }
    decide({ _tag: 'AddCaseMember', teamId, caseId, professionalId: 'p13', role: 'co-worker', exemption })
  }
  if (prng.chance(0.6)) demoCase.closeOn = plusDays(day, prng.between(28, 63))
}

/** R5: the orthopedagoog joins first and sets the treatment plan; the gezinshuisouders follow. */
const divideGezinshuis = (
  decide: (command: Parameters<DemoRun['run']>[0]) => void,
  demoCase: DemoCase,
  day: string,
): void => {
  const { caseId } = demoCase
  const indicators = { unsafe: false, heavyResponsibility: true, complexProblems: true, highImpact: true }
  decide({
    _tag: 'AssessCase',
    teamId,
    caseId,
    indicators,
    intensity: 'heavy',
    reasoning: 'Meerdere complexe problemen; plaatsing in gezinshuis nodig.',
  })
  decide({ _tag: 'AssignRegie', teamId, caseId, professionalId: 'p03' })
  decide({ _tag: 'AddCaseMember', teamId, caseId, professionalId: 'p05', role: 'behavioural-scientist' })
  decide({ _tag: 'AddCaseMember', teamId, caseId, professionalId: 'p09', role: 'gezinshuisouder' })
  decide({ _tag: 'AddCaseMember', teamId, caseId, professionalId: 'p10', role: 'gezinshuisouder' })
  decide({
    _tag: 'EstablishPlan',
    teamId,
    caseId,
    kind: 'treatment-plan',
    establishedBy: 'p05',
    on: day,
    reviewOn: plusDays(day, 42),
  })
  demoCase.planOn = plusDays(day, 1)
}

export { at, plusDays, weekday }
