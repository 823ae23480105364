import { Schema } from 'effect'

/**
 * Stable codes of every way `decide` can refuse a command. Clients, the HTTP edge and tests match on
 * these; never rename one, only add.
 */
export const RejectionCode = Schema.Literals([
  // authority and stream
  'NotAllowedForRole',
  'TeamNotFounded',
  'TeamAlreadyFounded',
  'TeamMismatch',
  'DuplicateId',
  'DuplicateReference',
  // lookups
  'UnknownProfessional',
  'UnknownCase',
  'UnknownSession',
  'UnknownSignal',
  'ProfessionalLeft',
  'CaseClosed',
  'InvalidPeriod',
  // meetings
  'MeetingAlreadyOpen',
  'MeetingNotOpen',
  // registrations (R1, R2, R3, R7)
  'NoRegistration',
  'RegistrationRequired',
  'RegistrationLapsed',
  'ExemptionIncomplete',
  'ExemptionGroundDoesNotApply',
  'ProfessionalAbsent',
  // regie and case members (R4, R5, R6, R10)
  'CaseAlreadyHasRegisseur',
  'NotRegisseur',
  'CaseHasNoRegisseur',
  'AlreadyOnCase',
  'NotOnCase',
  'TandemNeedsRegisteredRegisseur',
  'NotATandemPractitioner',
  'GezinshuisNeedsRegisteredExpert',
  'NotAGezinshuisCase',
  'NotABehaviouralScientist',
  'PlanNeedsRegisseur',
  'PlanNeedsRegisteredProfessional',
  'InternNeedsSupervisor',
  'InternCannotHoldRegie',
  // reflection and workload (R9, R11)
  'SessionNotPlanned',
  'GradeOutOfRange',
  'GradeFromNonAttendee',
  'SignalAlreadyAnswered',
])
export type RejectionCode = typeof RejectionCode.Type

/**
 * The rule of docs/architecture.md#the-rules a rejection enforces, so a team and an auditor can look it up.
 */
export const RuleId = Schema.Literals(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11'])
export type RuleId = typeof RuleId.Type

/**
 * Why `decide` refused a command: a stable `code`, the rule it enforces, a message in Dutch and
 * English written for a team at its meeting (which rule, and what would fix it), and the field at
 * fault when there is one. A rejection appends nothing. Encodable with its schema, so the HTTP edge
 * can send it as it is.
 */
export class DomainRejection extends Schema.TaggedError<DomainRejection>()('DomainRejection', {
  code: RejectionCode,
  rule: Schema.optionalKey(RuleId),
  messages: Schema.Struct({ nl: Schema.String, en: Schema.String }),
  /** dotted path of the command field at fault, e.g. `professionalId` or `exemption.reasoning` */
  path: Schema.optionalKey(Schema.String),
}) {
  override get message(): string {
    return `${this.code}${this.rule ? ` (${this.rule})` : ''}: ${this.messages.en}`
  }
}

export interface RejectionSpec {
  readonly code: RejectionCode
  readonly rule?: RuleId
  readonly nl: string
  readonly en: string
  readonly path?: string
}

/** Builds a rejection; a shorthand so rules read as their message. */
export const reject = ({ code, rule, nl, en, path }: RejectionSpec): DomainRejection =>
  new DomainRejection({
    code,
    ...(rule ? { rule } : {}),
    messages: { nl, en },
    ...(path ? { path } : {}),
  })

/** The outcome of a rule check: the rejection, or `undefined` when the command may proceed. */
export type Verdict = DomainRejection | undefined
