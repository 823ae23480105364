import type { NamedExemption, NamedNormAudit } from './with-names.ts'

/**
 * Account display names by account id. Accounts live outside the log, so they can be erased
 * (docs/architecture.md#privacy-and-access); the server looks them up at read time. `null`: no such account
 * any more.
 */
export type ActorNames = ReadonlyMap<string, string | null>

/** A row that names its actor by account id, with the account's display name beside it. */
export type WithActorName<T> = T & {
  /** the account's display name; null when the account was erased */
  readonly actorName: string | null
}

export const withActorName = <T extends { readonly actor: string }>(
  row: T,
  names: ActorNames,
): WithActorName<T> => ({ ...row, actorName: names.get(row.actor) ?? null })

export type ActorNamedNormAudit = Omit<NamedNormAudit, 'exemptions'> & {
  readonly exemptions: readonly WithActorName<NamedExemption>[]
}

/** The account ids that recorded the audit's exemptions, each once: what to look up. */
export const normAuditActors = (audit: NamedNormAudit): readonly string[] => [
  ...new Set(audit.exemptions.map((row) => row.actor)),
]

/** `namedNormAudit` with the display name of the account that recorded each exemption. */
export const nameNormAuditActors = (audit: NamedNormAudit, names: ActorNames): ActorNamedNormAudit => ({
  ...audit,
  exemptions: audit.exemptions.map((row) => withActorName(row, names)),
})

/** One event as the audit timeline shows it: the envelope facts and the decoded (upcast) data. */
export interface TimelineEntry {
  readonly position: number
  readonly streamVersion: number
  readonly type: string
  readonly recordedAt: string
  readonly metadata: WithActorName<{
    readonly actor: string
    readonly role: string
    readonly occurredAt: string
    readonly meetingId?: string
  }>
  readonly data: Readonly<Record<string, unknown>>
}
