import type { MeetingProposal, ProposalItem } from '../../planner/propose-meeting.ts'
import type { CaseloadBalance } from './caseload-balance.ts'
import type { NamedNormGap } from './with-names.ts'

/**
 * The shapes the HTTP API adds around the domain's answers, declared here beside the answers they
 * wrap, so the server that builds them and the web that renders them share one definition.
 */

/** A command as `POST /api/commands` takes it: `{ type, …fields }`. */
export type CommandBody = { readonly type: string } & Readonly<Record<string, unknown>>

/** A proposal item with the commands that record it when the meeting accepts it. */
export type ProposalItemWithCommands = ProposalItem & { readonly commands: readonly CommandBody[] }

export type MeetingProposalWithCommands = Omit<MeetingProposal, 'items'> & {
  readonly items: readonly ProposalItemWithCommands[]
}

/** What a batch of commands would do, had they been recorded now (`POST /api/commands/preview`). */
export interface DecisionPreview {
  /** the events the decider would record, in order: `{ type, data }` */
  readonly events: readonly { readonly type: string; readonly data: Readonly<Record<string, unknown>> }[]
  readonly before: CaseloadBalance
  readonly after: CaseloadBalance
  /** norm gaps (R4–R7) after the commands, with names */
  readonly normGaps: readonly NamedNormGap[]
}
