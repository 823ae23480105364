import type { DateOnly } from '../../shared/primitives.ts'
import { contractHoursOn } from '../../weights/capacity.ts'
import { addDays, daysBetween, maxDate, minDate, weekStart } from '../dates.ts'
import { byText } from '../order.ts'
import type { ReflectionMember, ReflectionState, SessionView } from './reflection-state.ts'

/**
 * Reflection figures of one person, or of the team, in one period. Hours throughout; the team's
 * hours are person-hours (a two-hour intervisie of six people is twelve), so they compare with the
 * team norm, which is the sum of its members' norms.
 */
export interface ReflectionFigures {
  /**
   * settings.reflectionNormHoursPerFte × FTE, pro-rated to the days on the team and the contracts in
   * force (for the team: the sum over members)
   */
  readonly norm: number
  /** hours of every session planned in the period, whatever became of it */
  readonly planned: number
  readonly held: number
  /** hours planned but cancelled because of workload: what R9 warns about */
  readonly cancelledForWorkload: number
  /** mean quality grade (1–10) given in the period; null when nobody graded */
  readonly averageGrade: number | null
  /**
   * held sessions that became case discussion (Meer ruimte voor professionals:
   * "Intervisiebesprekingen vervallen volgens hen snel in casuïstiekbesprekingen")
   */
  readonly becameCaseDiscussion: number
}

export interface ReflectionPeriod {
  readonly from: DateOnly
  /** last day of the period */
  readonly until: DateOnly
  readonly team: ReflectionFigures
  readonly members: readonly ({
    readonly professionalId: string
    readonly name: string
  } & ReflectionFigures)[]
}

const mean = (grades: readonly number[]): number | null =>
  grades.length > 0 ? grades.reduce((sum, grade) => sum + grade, 0) / grades.length : null

const memberFigures = (sessions: readonly SessionView[], norm: number, who: string): ReflectionFigures => {
  const mine = sessions.filter((session) => session.participants.includes(who))
  const heldSessions = sessions.filter((session) => session.held?.attendees.includes(who))
  const grades = heldSessions.flatMap((session) =>
    (session.held?.grades ?? []).filter((g) => g.professionalId === who).map((g) => g.grade),
  )
  return {
    norm,
    planned: mine.reduce((sum, session) => sum + session.hours, 0),
    held: heldSessions.reduce((sum, session) => sum + (session.held?.hours ?? 0), 0),
    cancelledForWorkload: mine
      .filter((session) => session.cancelled?.reason === 'workload')
      .reduce((sum, session) => sum + session.hours, 0),
    averageGrade: mean(grades),
    becameCaseDiscussion: heldSessions.filter((session) => session.held?.becameCaseDiscussion).length,
  }
}

const total = (rows: readonly ReflectionFigures[], pick: (row: ReflectionFigures) => number): number =>
  rows.reduce((sum, row) => sum + pick(row), 0)

const teamFigures = (
  sessions: readonly SessionView[],
  rows: readonly ReflectionFigures[],
): ReflectionFigures => ({
  norm: total(rows, (row) => row.norm),
  planned: total(rows, (row) => row.planned),
  held: total(rows, (row) => row.held),
  cancelledForWorkload: total(rows, (row) => row.cancelledForWorkload),
  averageGrade: mean(sessions.flatMap((session) => session.held?.grades.map((g) => g.grade) ?? [])),
  becameCaseDiscussion: sessions.filter((session) => session.held?.becameCaseDiscussion).length,
})

const onTeamDuring = (member: ReflectionMember, from: DateOnly, until: DateOnly): boolean =>
  member.joinedOn <= until && (member.leftOn === undefined || member.leftOn > from)

/**
 * A member's FTE over the period `from`..`until`, weighted by the days they were on the team and by
 * the contract in force on each of them: someone who joins halfway through a period, or goes from
 * 36 to 18 hours, is held to the norm of the part they worked (Professionele ruimte en autonomie in praktijk brengen: time
 * reserved "in overleg met de professionals" and "per team" means time for the people who are there).
 */
const fteInPeriod = (
  member: ReflectionMember,
  fullTimeHours: number,
  from: DateOnly,
  until: DateOnly,
): number => {
  const start = maxDate(from, member.joinedOn)
  const end = member.leftOn === undefined ? addDays(until, 1) : minDate(addDays(until, 1), member.leftOn)
  if (start >= end) return 0
  const cuts = [
    start,
    ...member.contracts.map((contract) => contract.from).filter((day) => start < day && day < end),
    end,
  ]
  let hourDays = 0
  for (let index = 0; index + 1 < cuts.length; index++) {
    hourDays += contractHoursOn(member, cuts[index]!) * daysBetween(cuts[index]!, cuts[index + 1]!)
  }
  return hourDays / fullTimeHours / (daysBetween(from, until) + 1)
}

/**
 * Protected reflection time per period (R9; Professionele ruimte en autonomie in praktijk brengen: "het accent te leggen op het
 * beschermen van tijd", "hoeveel tijd hiervoor gereserveerd moet worden per team";
 * Meer ruimte voor professionals: "Maak een prioriteit van reflectie" and "Vraag aan professionals welk
 * cijfer zij geven aan de kwaliteit van de intervisie"). Periods of `reflectionPeriodWeeks` weeks run from
 * the Monday of the week the team was founded, up to the period that holds `asOf`. The norm of a member is
 * pro-rated: by the days of the period they are on the team, each at the contract in force that day
 * (`fteInPeriod`); a contract change or departure already recorded for later in the period counts.
 */
export const reflectionReport = (state: ReflectionState, asOf: DateOnly): readonly ReflectionPeriod[] => {
  const { settings } = state
  const sessions = Object.values(state.sessions)
  const firstDay =
    state.foundedOn ??
    sessions.reduce<DateOnly | null>(
      (first, session) => (first === null || session.on < first ? session.on : first),
      null,
    )
  if (firstDay === null || asOf < firstDay) return []
  const length = settings.reflectionPeriodWeeks * 7
  const anchor = weekStart(firstDay)
  const count = Math.floor(daysBetween(anchor, asOf) / length) + 1
  const members = Object.values(state.members).sort((a, b) => byText(a.name, b.name))
  const periods: ReflectionPeriod[] = []
  for (let index = 0; index < count; index++) {
    const from = addDays(anchor, index * length)
    const until = addDays(from, length - 1)
    const inPeriod = sessions.filter((session) => from <= session.on && session.on <= until)
    const rows = members
      .filter((member) => onTeamDuring(member, from, until))
      .map((member) => {
        const norm =
          settings.reflectionNormHoursPerFte * fteInPeriod(member, settings.fullTimeHours, from, until)
        return { professionalId: member.id, name: member.name, ...memberFigures(inPeriod, norm, member.id) }
      })
    periods.push({ from, until, team: teamFigures(inPeriod, rows), members: rows })
  }
  return periods
}

/** The next session on or after `asOf` that `professionalId` takes part in and is still planned. */
export const nextReflection = (
  state: ReflectionState,
  professionalId: string,
  asOf: DateOnly,
): SessionView | null =>
  Object.values(state.sessions)
    .filter(
      (session) =>
        session.status === 'planned' && session.on >= asOf && session.participants.includes(professionalId),
    )
    .sort((a, b) => byText(a.on, b.on) || byText(a.id, b.id))[0] ?? null
