import type { DateOnly } from '../../shared/primitives.ts'
import type { Exemption } from '../../shared/vocabulary.ts'
import { addDays, daysBetween, maxDate, minDate } from '../dates.ts'
import { byText } from '../order.ts'
import { type NormGapReason, normGapPeriods } from './norm-gaps.ts'
import { registrationGaps } from './registration-gaps.ts'
import type { CaseView, ExemptionRecord, TeamState } from './team-state.ts'

export type DeviationKind =
  | 'no-regisseur'
  | 'regisseur-unregistered'
  | 'regisseur-registration-lapsed'
  | 'regisseur-left-team'
  | NormGapReason

/** A period in which a case was out of line with the norm, with what was recorded at the time. */
export interface Deviation {
  readonly caseId: string
  readonly reference: string
  readonly kind: DeviationKind
  /** the regisseur, or for a member's norm gap the member out of line */
  readonly professionalId?: string
  readonly from: DateOnly
  /** the first day back in line; null while it lasts */
  readonly until: DateOnly | null
  readonly days: number
  /**
   * reasoning recorded at the time: for a missing regisseur the reason the last one let go; otherwise
   * the assessment reasoning that made registration necessary
   */
  readonly reasoning: readonly string[]
}

export interface NormAudit {
  readonly asOf: DateOnly
  readonly exemptions: readonly ExemptionRecord[]
  readonly deviations: readonly Deviation[]
}

/** A stretch of a case's life with one regie situation: [from, until). */
interface Segment {
  from: DateOnly
  until: DateOnly
  regisseurId?: string
  exemption?: Exemption
  needsRegistration: boolean
  /** why the team judged registration (un)necessary, at the latest assessment */
  assessmentReasoning?: string
  /** why the last regisseur let go, while nobody holds regie */
  releaseReason?: string
}

/** Splits a case's life up to `end` at every recorded moment. */
const segmentsOf = (view: CaseView, end: DateOnly): Segment[] => {
  const segments: Segment[] = []
  // Unassessed means registered work (R1, Samen werken aan professionalisering: "Zet als aanbieder een
  // geregistreerde professional in, tenzij …"), as in the decider.
  let current: Segment = { from: view.receivedOn, until: end, needsRegistration: true }
  const cut = (on: DateOnly): Segment => {
    const from = minDate(maxDate(on, current.from), end)
    segments.push({ ...current, until: from })
    return { ...current, from }
  }
  for (const moment of view.timeline) {
    if (moment.kind === 'closed') break
    // Members are the norm gaps' concern (norm-gaps.ts); regie segments do not split at them.
    if (moment.kind === 'member-added' || moment.kind === 'member-removed') continue
    current = cut(moment.on)
    if (moment.kind === 'assessed') {
      current.needsRegistration = moment.needsRegistration
      current.assessmentReasoning = moment.reasoning
    } else if (moment.kind === 'regie-assigned') {
      current.regisseurId = moment.professionalId
      delete current.releaseReason
      if (moment.exemption) current.exemption = moment.exemption
      else delete current.exemption
    } else if (moment.kind === 'regie-released') {
      delete current.regisseurId
      delete current.exemption
      current.releaseReason = moment.reason
    }
  }
  segments.push(current)
  return segments.filter((segment) => segment.from < segment.until)
}

const deviationsOf = (state: TeamState, view: CaseView, asOf: DateOnly): Deviation[] => {
  const end = view.closedOn !== undefined ? minDate(view.closedOn, addDays(asOf, 1)) : addDays(asOf, 1)
  const out: Deviation[] = []
  const push = (kind: DeviationKind, segment: Segment, from: DateOnly, until: DateOnly) => {
    const recorded = kind === 'no-regisseur' ? segment.releaseReason : segment.assessmentReasoning
    out.push({
      caseId: view.id,
      reference: view.reference,
      kind,
      ...(segment.regisseurId !== undefined ? { professionalId: segment.regisseurId } : {}),
      from,
      until: until > asOf ? null : until,
      // an open period counts the days up to today, like the days waiting on the agenda
      days: daysBetween(from, minDate(until, asOf)),
      reasoning: recorded !== undefined ? [recorded] : [],
    })
  }
  for (const segment of segmentsOf(view, end)) {
    if (segment.regisseurId === undefined) {
      push('no-regisseur', segment, segment.from, segment.until)
      continue
    }
    const regisseur = state.professionals[segment.regisseurId]
    let until = segment.until
    if (regisseur?.leftOn !== undefined && regisseur.leftOn < segment.until) {
      until = maxDate(regisseur.leftOn, segment.from)
      push('regisseur-left-team', segment, until, segment.until)
    }
    // R3: with an exemption recorded the deviation is a reasoned one; it is listed under exemptions.
    if (!segment.needsRegistration || segment.exemption || !regisseur || segment.from >= until) continue
    for (const gap of registrationGaps(regisseur, segment.from, until)) {
      push(
        gap.lapsed ? 'regisseur-registration-lapsed' : 'regisseur-unregistered',
        segment,
        gap.from,
        gap.until,
      )
    }
  }
  for (const gap of normGapPeriods(state, view, end)) {
    const until = gap.until ?? end
    out.push({
      caseId: view.id,
      reference: view.reference,
      kind: gap.reason,
      professionalId: gap.professionalId,
      from: gap.from,
      until: until > asOf ? null : until,
      days: daysBetween(gap.from, minDate(until, asOf)),
      reasoning: gap.reasoning,
    })
  }
  return out
}

/**
 * Norm audit (R1–R3, R7, R10; Model Professioneel Statuut: deviations are reasoned, tested with others and
 * accountable, "het vastleggen van afwegingen"): every exemption with its ground, reasoning, deciders, actor,
 * moment and meeting, and every period up to `asOf` in which a case was out of line with the norm: no
 * regisseur, a regisseur who left, or a regisseur without a registration in order on a case that
 * needed one and no exemption; and every period a member no longer fitted their role (R4–R7, see
 * `normGapPeriods`): a tandem without a registered regisseur, gezinshuisouders without a registered
 * behavioural scientist, an intern without a registered supervisor. Computed from the recorded history, so a
 * lapse that happened by the passing of time (no event) shows from the day it happened.
 */
export const normAudit = (state: TeamState, asOf: DateOnly): NormAudit => ({
  asOf,
  exemptions: state.exemptions,
  deviations: Object.values(state.cases)
    .flatMap((view) => deviationsOf(state, view, asOf))
    .sort((a, b) => byText(a.from, b.from) || byText(a.reference, b.reference)),
})
