import { Result, Schema } from 'effect'
import { TeamEvent, type TeamEventType } from './index.ts'

/** The event as the store keeps it: type and schema version beside the payload. */
export interface EncodedEvent {
  readonly type: string
  readonly schemaVersion: number
  readonly data: unknown
  /** the stored envelope's metadata; an event of an older schema version needs it to be upcast */
  readonly metadata?: UpcastMetadata
}

/** The envelope facts an upcaster may read: when the event occurred, who recorded it, in which meeting. */
export interface UpcastMetadata {
  readonly occurredAt: string
  readonly actor?: string | undefined
  readonly role?: string | undefined
  readonly meetingId?: string | undefined
}

/**
 * Lifts a payload of version v to version v+1. It may read the stored envelope's metadata, so that
 * a field the event did not have yet can be filled from what the envelope knew — a new
 * `effectiveFrom`, say, from the day the event occurred. Pure: the same stored event always upcasts
 * to the same payload.
 */
export type Upcaster = (
  data: Readonly<Record<string, unknown>>,
  metadata: UpcastMetadata,
) => Record<string, unknown>

/** Per event type, its upcasters by the version they lift from: `{ ContractChanged: { 1: v1ToV2 } }`. */
export type Upcasters = { readonly [T in TeamEventType]?: Readonly<Record<number, Upcaster>> }

/**
 * Current schema version per event type. Bump it when a payload changes shape, and add an upcaster
 * from the old version and a golden log holding the old version (CONTRIBUTING.md, "Change an
 * event"): old events are upcast on read, never rewritten.
 */
export const currentSchemaVersion: { readonly [T in TeamEventType]: number } = {
  TeamFounded: 1,
  TeamSettingsChanged: 1,
  MeetingOpened: 1,
  MeetingClosed: 1,
  ProfessionalJoined: 1,
  ContractChanged: 1,
  RegistrationRecorded: 1,
  RegistrationRenewed: 1,
  RegistrationEnded: 1,
  ExpertiseRecorded: 1,
  AbsenceRecorded: 1,
  ProfessionalLeftTeam: 1,
  CaseRegistered: 1,
  CaseAssessed: 1,
  RegieAssigned: 1,
  RegieReleased: 1,
  CaseMemberAdded: 1,
  CaseMemberRemoved: 1,
  TandemContactRecorded: 1,
  PlanEstablished: 1,
  CaseClosed: 1,
  ReflectionSessionPlanned: 1,
  ReflectionSessionHeld: 1,
  ReflectionSessionCancelled: 1,
  WorkloadSignalRaised: 1,
  WorkloadSignalAnswered: 1,
}

/** `upcasters[type][v]` lifts a version-v payload to version v+1. None yet: every event is at v1. */
const upcasters: Upcasters = {}

const memberByType = new Map(TeamEvent.members.map((member) => [member.fields._tag.schema.literal, member]))
const decoders = new Map(
  [...memberByType].map(([type, member]) => [type, Schema.decodeUnknownResult(member)] as const),
)

export const isTeamEventType = (type: string): type is TeamEventType =>
  memberByType.has(type as TeamEventType)

/** Splits a domain event into the store's type, schema version and payload. */
export const encodeEvent = (event: TeamEvent): EncodedEvent => {
  const { _tag, ...data } = event
  return { type: _tag, schemaVersion: currentSchemaVersion[_tag], data }
}

/** Failure to read a stored event: unknown type, a version from the future, or a payload that does not fit. */
export class UndecodableEvent extends Error {
  readonly _tag = 'UndecodableEvent'
}

/**
 * A decoder for the given versions and upcasters: decodes a stored event, upcasting an older schema
 * version step by step to the current one first (decode at every boundary). `decodeEvent` is the
 * one for the domain's own tables; tests build others to exercise the upcasting itself.
 */
export const eventDecoder =
  (versions: { readonly [T in TeamEventType]: number }, lifts: Upcasters) =>
  (stored: EncodedEvent): Result.Result<TeamEvent, UndecodableEvent> => {
    const { type } = stored
    const decode = isTeamEventType(type) ? decoders.get(type) : undefined
    if (!decode || !isTeamEventType(type))
      return Result.fail(new UndecodableEvent(`Unknown event type ${type}`))
    const target = versions[type]
    if (stored.schemaVersion > target || stored.schemaVersion < 1) {
      return Result.fail(
        new UndecodableEvent(`${type} has schema version ${stored.schemaVersion}, expected 1..${target}`),
      )
    }
    let data = stored.data as Record<string, unknown>
    for (let version = stored.schemaVersion; version < target; version++) {
      const upcast = lifts[type]?.[version]
      if (!upcast) return Result.fail(new UndecodableEvent(`No upcaster for ${type} v${version}`))
      if (!stored.metadata)
        return Result.fail(
          new UndecodableEvent(`${type} v${version} needs its envelope's metadata to upcast`),
        )
      data = upcast(data, stored.metadata)
    }
    const decoded = decode({ ...data, _tag: type })
    return Result.isSuccess(decoded)
      ? Result.succeed(decoded.success as TeamEvent)
      : Result.fail(new UndecodableEvent(`${type}: ${decoded.failure.message}`))
  }

/** Decodes a stored event with the domain's current versions and upcasters. */
export const decodeEvent = eventDecoder(currentSchemaVersion, upcasters)
