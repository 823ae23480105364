import { MeetingId, TeamCommand } from '@tandem/domain'
import { Result, Schema } from 'effect'
import { Failure, type FieldIssue } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'
import { fieldIssues } from '../http/schema-issues.ts'

/**
 * A decoded decision: one or more commands for one team, decided in order and appended together or
 * not at all, with the envelope options beside them. `POST /api/commands` is a decision of one.
 */
export interface DecisionRequest {
  readonly teamId: string
  /** at least one; every one for `teamId` */
  readonly commands: readonly TeamCommand[]
  /** the team stream version the caller decided on; a mismatch is a 409 instead of a re-decide */
  readonly expectedVersion: number | undefined
  /** makes a retried request idempotent */
  readonly commandId: string | undefined
  /** the meeting the caller says this is decided in; the domain refuses it unless that meeting is open */
  readonly meetingId: string | undefined
  /** the body listed its commands (`{ commands: [...] }`), so a failure names the command by index */
  readonly listed: boolean
}

/** At most this many commands in one decision: a whole meeting's accepted proposals fit easily. */
export const MAX_COMMANDS = 200

const memberByType = new Map(TeamCommand.members.map((member) => [member.fields._tag.schema.literal, member]))

/** Every command type, for the error that names an unknown one and for the OpenAPI document. */
export const COMMAND_TYPES: readonly string[] = [...memberByType.keys()]

const ExpectedVersion = Schema.Finite.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))
const CommandId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    message: 'Expected an id of letters, digits, - or _ (at most 64)',
  }),
)

const check = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  value: unknown,
  path: string,
  issues: FieldIssue[],
): S['Type'] | undefined => {
  if (value === undefined) return undefined
  const result = Schema.decodeUnknownResult(schema)(value)
  if (Result.isSuccess(result)) return result.success
  issues.push(...fieldIssues(result.failure.issue).map((issue) => ({ ...issue, path })))
  return undefined
}

/**
 * `{ type, …fields }` → the domain command, decoded with the schema of its type (so the issues name
 * that command's fields, not every member of the union), with every failing field listed and unknown
 * fields refused (a typo must not be silently dropped).
 */
const decodeCommand = (type: unknown, fields: Readonly<Record<string, unknown>>, issues: FieldIssue[]) => {
  const schema = typeof type === 'string' ? memberByType.get(type as TeamCommand['_tag']) : undefined
  if (!schema) {
    issues.push({ path: '/type', message: `Expected one of ${COMMAND_TYPES.join(', ')}` })
    return undefined
  }
  const decoded = Schema.decodeUnknownResult(schema)(
    { ...fields, _tag: type },
    { errors: 'all', onExcessProperty: 'error' },
  )
  if (Result.isSuccess(decoded)) return decoded.success as TeamCommand
  issues.push(...fieldIssues(decoded.failure.issue))
  return undefined
}

/** Commands with a `meetingId` field of their own (open, close): for them the field is the command's. */
const ownsMeetingId = (type: unknown): boolean =>
  typeof type === 'string' && 'meetingId' in (memberByType.get(type as TeamCommand['_tag'])?.fields ?? {})

/**
 * `POST /api/commands` `{ type, …fields, expectedVersion?, commandId?, meetingId? }` → a decision of
 * one command. `meetingId` is the meeting decided in, except for the commands that open or close a
 * meeting, whose own field it is.
 */
export const decodeCommandBody = (
  body: Readonly<Record<string, unknown>>,
): Result.Result<DecisionRequest, Failure> => {
  const { type, expectedVersion, commandId, ...rest } = body
  const { meetingId, ...fields } = rest
  const own = ownsMeetingId(type)
  const issues: FieldIssue[] = []
  const version = check(ExpectedVersion, expectedVersion, '/expectedVersion', issues)
  const id = check(CommandId, commandId, '/commandId', issues)
  const meeting = own ? undefined : check(MeetingId, meetingId, '/meetingId', issues)
  const command = decodeCommand(type, own ? rest : fields, issues)
  if (issues.length > 0 || !command) return Result.fail(failures.invalidInput(issues))
  return Result.succeed({
    teamId: command.teamId,
    commands: [command],
    expectedVersion: version,
    commandId: id,
    meetingId: meeting,
    listed: false,
  })
}

const wrongSize = () =>
  new Failure(
    'InvalidInput',
    'InvalidInput',
    {
      nl: `Een besluit bestaat uit 1 tot ${MAX_COMMANDS} opdrachten.`,
      en: `A decision holds 1 to ${MAX_COMMANDS} commands.`,
    },
    [{ path: '/commands', message: `Expected an array of 1 to ${MAX_COMMANDS} commands` }],
  )

const otherTeam = (index: number) =>
  new Failure(
    'InvalidInput',
    'InvalidInput',
    {
      nl: 'Alle opdrachten van één besluit horen bij hetzelfde team.',
      en: 'Every command of one decision belongs to the same team.',
    },
    [{ path: `/commands/${index}/teamId`, message: 'Expected the team of the first command' }],
    index,
  )

/**
 * `POST /api/decisions` and `POST /api/commands/preview`
 * `{ commands: [{ type, …fields }, …], expectedVersion?, commandId?, meetingId? }`: each command
 * decoded as `/api/commands` decodes one (its issues at `/commands/<index>/…`), all for one team.
 */
export const decodeDecisionBody = (
  body: Readonly<Record<string, unknown>>,
): Result.Result<DecisionRequest, Failure> => {
  const { commands, expectedVersion, commandId, meetingId, ...extra } = body
  const issues: FieldIssue[] = Object.keys(extra).map((key) => ({
    path: `/${key}`,
    message: 'Unknown field',
  }))
  const version = check(ExpectedVersion, expectedVersion, '/expectedVersion', issues)
  const id = check(CommandId, commandId, '/commandId', issues)
  const meeting = check(MeetingId, meetingId, '/meetingId', issues)
  if (issues.length > 0) return Result.fail(failures.invalidInput(issues))
  if (!Array.isArray(commands) || commands.length < 1 || commands.length > MAX_COMMANDS)
    return Result.fail(wrongSize())
  const decoded: TeamCommand[] = []
  for (const [index, item] of commands.entries()) {
    const itemIssues: FieldIssue[] = []
    const command = decodeItem(item, itemIssues)
    if (!command) return Result.fail(failures.invalidInput(itemIssues).at('/commands', index))
    if (index > 0 && command.teamId !== decoded[0]!.teamId) return Result.fail(otherTeam(index))
    decoded.push(command)
  }
  return Result.succeed({
    teamId: decoded[0]!.teamId,
    commands: decoded,
    expectedVersion: version,
    commandId: id,
    meetingId: meeting,
    listed: true,
  })
}

/** One item of a decision's list: a JSON object `{ type, …fields }`. */
const decodeItem = (item: unknown, issues: FieldIssue[]): TeamCommand | undefined => {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    issues.push({ path: '/', message: 'Expected a JSON object' })
    return undefined
  }
  const { type, ...fields } = item as Record<string, unknown>
  return decodeCommand(type, fields, issues)
}
