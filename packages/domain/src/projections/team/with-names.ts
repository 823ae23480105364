import type { DateOnly } from '../../shared/primitives.ts'
import { type MyWeek, myWeek } from '../my-week.ts'
import type { ReflectionState } from '../reflection/reflection-state.ts'
import { type MeetingAgenda, meetingAgenda } from './meeting-agenda.ts'
import { type Deviation, type NormAudit, normAudit } from './norm-audit.ts'
import type { NormGap } from './norm-gaps.ts'
import type { OpenSignal } from './open-signals.ts'
import { type TandemHealth, tandemHealth } from './tandem-health.ts'
import type { ExemptionRecord, TeamState } from './team-state.ts'
import { type UnassignedRegie, unassignedRegie } from './unassigned-regie.ts'

/**
 * The queries that name professionals by id, with the name beside each id, read from the same
 * projection state, so a screen needs no second lookup. A professional who left keeps their name
 * (the state keeps everyone who was ever on the team); an id the state never saw has name null.
 */
export const nameOf = (state: TeamState, professionalId: string): string | null =>
  state.professionals[professionalId]?.name ?? null

export type NamedTandem = TandemHealth & {
  readonly regisseurName: string | null
  readonly practitionerName: string | null
}
export type NamedSignal = OpenSignal & { readonly name: string | null }
export type NamedNormGap = NormGap & {
  readonly name: string | null
  readonly responsibleName?: string | null
}
export type NamedUnassignedRegie = UnassignedRegie & { readonly regisseurName?: string | null }
export type NamedExemption = ExemptionRecord & {
  readonly name: string | null
  /** the names of `decidedBy`, in its order */
  readonly decidedByNames: readonly (string | null)[]
}
export type NamedDeviation = Deviation & { readonly name?: string | null }

export const nameTandem = (state: TeamState, row: TandemHealth): NamedTandem => ({
  ...row,
  regisseurName: nameOf(state, row.regisseurId),
  practitionerName: nameOf(state, row.practitionerId),
})

const nameSignal = (state: TeamState, row: OpenSignal): NamedSignal => ({
  ...row,
  name: nameOf(state, row.professionalId),
})

export const nameNormGap = (state: TeamState, row: NormGap): NamedNormGap => ({
  ...row,
  name: nameOf(state, row.professionalId),
  ...(row.responsibleId === undefined ? {} : { responsibleName: nameOf(state, row.responsibleId) }),
})

const nameUnassigned = (state: TeamState, row: UnassignedRegie): NamedUnassignedRegie =>
  row.regisseurId === undefined ? row : { ...row, regisseurName: nameOf(state, row.regisseurId) }

/** `unassignedRegie` with the `regisseurName` of a case that still records one. */
export const namedUnassignedRegie = (state: TeamState, asOf: DateOnly): readonly NamedUnassignedRegie[] =>
  unassignedRegie(state, asOf).map((row) => nameUnassigned(state, row))

/** `tandemHealth` with `regisseurName` and `practitionerName`. */
export const namedTandemHealth = (state: TeamState, asOf: DateOnly): readonly NamedTandem[] =>
  tandemHealth(state, asOf).map((row) => nameTandem(state, row))

export type NamedMeetingAgenda = Omit<
  MeetingAgenda,
  'unassignedRegie' | 'normGaps' | 'tandemsOverdue' | 'openSignals' | 'openMeeting'
> & {
  readonly unassignedRegie: readonly NamedUnassignedRegie[]
  readonly normGaps: readonly NamedNormGap[]
  readonly tandemsOverdue: readonly NamedTandem[]
  readonly openSignals: readonly NamedSignal[]
  readonly openMeeting:
    | (NonNullable<MeetingAgenda['openMeeting']> & {
        readonly presentNames: readonly (string | null)[]
      })
    | null
}

/** `meetingAgenda` with names beside every professional id. */
export const namedMeetingAgenda = (state: TeamState, asOf: DateOnly): NamedMeetingAgenda => {
  const agenda = meetingAgenda(state, asOf)
  return {
    ...agenda,
    unassignedRegie: agenda.unassignedRegie.map((row) => nameUnassigned(state, row)),
    normGaps: agenda.normGaps.map((row) => nameNormGap(state, row)),
    tandemsOverdue: agenda.tandemsOverdue.map((row) => nameTandem(state, row)),
    openSignals: agenda.openSignals.map((row) => nameSignal(state, row)),
    openMeeting: agenda.openMeeting && {
      ...agenda.openMeeting,
      presentNames: agenda.openMeeting.present.map((id) => nameOf(state, id)),
    },
  }
}

export type NamedNormAudit = Omit<NormAudit, 'exemptions' | 'deviations'> & {
  readonly exemptions: readonly NamedExemption[]
  readonly deviations: readonly NamedDeviation[]
}

/** `normAudit` with the name of each exempted professional, of the deciders, and of each deviation's professional. */
export const namedNormAudit = (state: TeamState, asOf: DateOnly): NamedNormAudit => {
  const audit = normAudit(state, asOf)
  return {
    ...audit,
    exemptions: audit.exemptions.map((row) => ({
      ...row,
      name: nameOf(state, row.professionalId),
      decidedByNames: row.decidedBy.map((id) => nameOf(state, id)),
    })),
    deviations: audit.deviations.map((row) =>
      row.professionalId === undefined ? row : { ...row, name: nameOf(state, row.professionalId) },
    ),
  }
}

export type NamedMyWeek = Omit<MyWeek, 'tandems' | 'openSignals'> & {
  readonly name: string | null
  readonly tandems: readonly NamedTandem[]
  readonly openSignals: readonly NamedSignal[]
}

/** `myWeek` with the person's own name and the names of their tandem partners. */
export const namedMyWeek = (
  team: TeamState,
  reflection: ReflectionState,
  professionalId: string,
  asOf: DateOnly,
): NamedMyWeek => {
  const week = myWeek(team, reflection, professionalId, asOf)
  return {
    ...week,
    name: nameOf(team, professionalId),
    tandems: week.tandems.map((row) => nameTandem(team, row)),
    openSignals: week.openSignals.map((row) => nameSignal(team, row)),
  }
}
