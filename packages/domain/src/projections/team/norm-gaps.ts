import type { Case } from '../../decider/state.ts'
import type { RejectionCode, RuleId } from '../../errors/domain-rejection.ts'
import { fitsRole } from '../../rules/join-case.ts'
import { isLapsed, registrationStatus } from '../../rules/registration.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import type { CaseRole, Exemption } from '../../shared/vocabulary.ts'
import { addDays, daysBetween } from '../dates.ts'
import { byText } from '../order.ts'
import { spanEnd } from './registration-status.ts'
import { ruleTeam } from './rule-view.ts'
import type { CaseView, TeamState } from './team-state.ts'

/** Why a member of a case is out of line with the norm; stable codes the UI translates. */
export type NormGapReason =
  | 'tandem-no-regisseur'
  | 'tandem-regisseur-left-team'
  | 'tandem-regisseur-unregistered'
  | 'tandem-regisseur-registration-lapsed'
  | 'gezinshuis-no-registered-expert'
  | 'intern-supervisor-left-team'
  | 'intern-supervisor-unregistered'
  | 'intern-supervisor-registration-lapsed'
  | 'member-registration-lapsed'
  | 'member-registration-required'
  | 'member-role-no-longer-fits'

/** A stretch of time in which one member of a case did not fit their role: [from, until). */
export interface NormGapPeriod {
  readonly caseId: string
  readonly reference: string
  /** the member working outside the norm: the practitioner, gezinshuisouder, intern, … */
  readonly professionalId: string
  readonly role: CaseRole
  readonly reason: NormGapReason
  readonly rule?: RuleId
  /** the decider's rejection code for this member joining now, e.g. `TandemNeedsRegisteredRegisseur` */
  readonly code: RejectionCode
  /** the regisseur or supervisor whose standing opened the gap, when there is one */
  readonly responsibleId?: string
  readonly from: DateOnly
  /** the first day back in line; null while it lasts */
  readonly until: DateOnly | null
  /** the assessment reasoning in force when the gap opened */
  readonly reasoning: readonly string[]
}

/** A gap still open on the day asked: its period without the end, dated by `since` and `daysOpen`. */
export type NormGap = Omit<NormGapPeriod, 'from' | 'until' | 'reasoning'> & {
  readonly since: DateOnly
  readonly daysOpen: number
}

interface Found {
  readonly professionalId: string
  readonly role: CaseRole
  readonly reason: NormGapReason
  readonly rule?: RuleId
  readonly code: RejectionCode
  readonly responsibleId?: string
}

/** Names whose standing put the member out of line, by the standing of the one responsible. */
const explain = (
  code: RejectionCode,
  responsibleId: string | undefined,
  team: ReturnType<typeof ruleTeam>,
  on: DateOnly,
): { readonly reason: NormGapReason; readonly responsibleId?: string } => {
  const responsible = responsibleId === undefined ? undefined : team.professionals.get(responsibleId)
  const lapsed = responsible !== undefined && isLapsed(registrationStatus(responsible, on))
  const withId = responsibleId === undefined ? {} : { responsibleId }
  switch (code) {
    case 'TandemNeedsRegisteredRegisseur':
      if (responsibleId === undefined) return { reason: 'tandem-no-regisseur' }
      if (!responsible) return { reason: 'tandem-regisseur-left-team', ...withId }
      return {
        reason: lapsed ? 'tandem-regisseur-registration-lapsed' : 'tandem-regisseur-unregistered',
        ...withId,
      }
    case 'GezinshuisNeedsRegisteredExpert':
      return { reason: 'gezinshuis-no-registered-expert' }
    case 'InternNeedsSupervisor':
      if (!responsible) return { reason: 'intern-supervisor-left-team', ...withId }
      return {
        reason: lapsed ? 'intern-supervisor-registration-lapsed' : 'intern-supervisor-unregistered',
        ...withId,
      }
    case 'RegistrationLapsed':
      return { reason: 'member-registration-lapsed' }
    case 'RegistrationRequired':
      return { reason: 'member-registration-required' }
    default:
      return { reason: 'member-role-no-longer-fits' }
  }
}

/**
 * Asks the decider's own role check (`fitsRole`, R4–R7) again for every member of the case on `on`:
 * what was in line when decided can fall out of line by later facts — a registration that expires
 * or is ended, a reassessment that now needs registration, a regisseur or supervisor who leaves.
 */
const gapsOn = (state: TeamState, view: CaseView, snapshot: Snapshot, on: DateOnly): Found[] => {
  const ids = [...snapshot.members.keys()]
  for (const member of snapshot.members.values()) if (member.supervisorId) ids.push(member.supervisorId)
  if (snapshot.regie) ids.push(snapshot.regie.professionalId)
  const team = ruleTeam(state, ids, on)
  const theCase: Case = {
    caseId: view.id,
    reference: view.reference,
    setting: view.setting,
    status: 'open',
    ...(snapshot.assessment ? { assessment: snapshot.assessment } : {}),
    ...(snapshot.regie ? { regie: snapshot.regie } : {}),
    members: snapshot.members,
  }
  const found: Found[] = []
  for (const [professionalId, member] of snapshot.members) {
    const professional = team.professionals.get(professionalId)
    // A member who left no longer works the case: that is unplaced demand, not a norm gap.
    if (!professional) continue
    const { role, supervisorId, exemption } = member
    const verdict = fitsRole({ team, professional, theCase, role, supervisorId, exemption, on })
    if (!verdict) continue
    const responsibleId = role === 'intern' ? supervisorId : snapshot.regie?.professionalId
    found.push({
      professionalId,
      role,
      code: verdict.code,
      ...(verdict.rule ? { rule: verdict.rule } : {}),
      ...explain(verdict.code, responsibleId, team, on),
    })
  }
  return found
}

interface Snapshot {
  assessment?: NonNullable<Case['assessment']>
  assessmentReasoning?: string
  regie?: NonNullable<Case['regie']>
  members: Map<string, { role: CaseRole; supervisorId?: string; exemption?: Exemption }>
}

/** Every day on which a member's fit could change: recorded moments, registrations starting or ending, leaving. */
const changeDays = (state: TeamState, view: CaseView, end: DateOnly): DateOnly[] => {
  const days = new Set<DateOnly>([view.receivedOn])
  const people = new Set<string>()
  for (const moment of view.timeline) {
    days.add(moment.on)
    if (moment.kind === 'regie-assigned' || moment.kind === 'member-added') people.add(moment.professionalId)
    if (moment.kind === 'member-added' && moment.supervisorId) people.add(moment.supervisorId)
  }
  for (const id of people) {
    const professional = state.professionals[id]
    if (!professional) continue
    if (professional.leftOn) days.add(professional.leftOn)
    for (const span of professional.registrations) days.add(span.from).add(spanEnd(span))
  }
  return [...days].filter((day) => view.receivedOn <= day && day < end).sort(byText)
}

/**
 * The periods, up to (not including) `end`, in which a member of the case was out of line with the
 * norm, replayed from the case's recorded moments and its people's registrations.
 */
export const normGapPeriods = (state: TeamState, view: CaseView, end: DateOnly): NormGapPeriod[] => {
  const periods: NormGapPeriod[] = []
  const open = new Map<string, Omit<NormGapPeriod, 'until'>>()
  const snapshot: Snapshot = { members: new Map() }
  let next = 0
  const close = (key: string, on: DateOnly) => {
    const period = open.get(key)
    if (period) periods.push({ ...period, until: on })
    open.delete(key)
  }
  for (const day of changeDays(state, view, end)) {
    for (; next < view.timeline.length && view.timeline[next]!.on <= day; next++) {
      const moment = view.timeline[next]!
      if (moment.kind === 'assessed') {
        snapshot.assessment = { indicators: moment.indicators, intensity: moment.intensity }
        snapshot.assessmentReasoning = moment.reasoning
      } else if (moment.kind === 'regie-assigned') {
        snapshot.regie = {
          professionalId: moment.professionalId,
          ...(moment.exemption ? { exemption: moment.exemption } : {}),
        }
      } else if (moment.kind === 'regie-released') delete snapshot.regie
      else if (moment.kind === 'member-added') {
        const { role, supervisorId, exemption } = moment
        snapshot.members.set(moment.professionalId, {
          role,
          ...(supervisorId !== undefined ? { supervisorId } : {}),
          ...(exemption ? { exemption } : {}),
        })
      } else if (moment.kind === 'member-removed') snapshot.members.delete(moment.professionalId)
      else snapshot.members.clear()
    }
    const found = new Map(
      gapsOn(state, view, snapshot, day).map((gap) => [`${gap.professionalId}:${gap.reason}`, gap]),
    )
    for (const key of [...open.keys()]) if (!found.has(key)) close(key, day)
    for (const [key, gap] of found) {
      if (open.has(key)) continue
      open.set(key, {
        caseId: view.id,
        reference: view.reference,
        ...gap,
        from: day,
        reasoning: snapshot.assessmentReasoning !== undefined ? [snapshot.assessmentReasoning] : [],
      })
    }
  }
  for (const period of open.values()) periods.push({ ...period, until: null })
  return periods
}

/**
 * Norm gaps on `asOf` (R4–R7; Samen werken aan professionalisering): members of open cases who no longer fit
 * their role — a tandem practitioner whose regisseur is not (or no longer) registered or left ("werkt
 * altijd samen met een geregistreerde professional"), gezinshuisouders without a registered behavioural
 * scientist ("een geregistreerde deskundige [kan] de behandelplannen … vaststellen"), an intern whose
 * supervisor left or lapsed ("onder de verantwoordelijkheid van een geregistreerde hulpverlener"), a
 * member whose own registration lapsed. Longest open first.
 */
export const normGaps = (state: TeamState, asOf: DateOnly): readonly NormGap[] => {
  const end = addDays(asOf, 1)
  const rows: NormGap[] = []
  for (const id of Object.keys(state.openCases)) {
    const view = state.cases[id]
    if (!view) continue
    for (const period of normGapPeriods(state, view, end)) {
      if (period.until !== null) continue
      const { from, until: _until, reasoning: _reasoning, ...gap } = period
      rows.push({ ...gap, since: from, daysOpen: Math.max(0, daysBetween(from, asOf)) })
    }
  }
  return rows.sort(
    (a, b) =>
      b.daysOpen - a.daysOpen ||
      byText(a.reference, b.reference) ||
      byText(a.professionalId, b.professionalId),
  )
}
