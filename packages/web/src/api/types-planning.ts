/**
 * Response shapes of the planning endpoints: preview, professionals, case detail, reflection
 * sessions and the planning assistant (issue 6). The domain's own types, as the server sends them;
 * only the team list belongs to the HTTP edge alone.
 */
export type {
  CaseDetail,
  DecisionPreview as PreviewReply,
  Exclusion,
  MeetingProposalWithCommands as MeetingProposal,
  NamedNormGap as NormGap,
  Placement,
  PlannedSession,
  ProfessionalSummary as ProfessionalOption,
  ProposalItemWithCommands as ProposalItem,
  Ranking,
  Reason as PlannerReason,
  Suggestion,
} from '@tandem/domain'

/** `GET /api/teams`: a team the caller may see. */
export interface TeamSummary {
  readonly teamId: string
  readonly name?: string
}
