/** The planning assistant (issue 6): suggestions for one case and a proposal for the whole meeting. */
export { casesWaitingFrom, planningTeamFrom } from './from-projection.ts'
export type { PlanningCase, PlanningProfessional, PlanningTeam } from './planning-input.ts'
export { proposalCommands } from './proposal-commands.ts'
export type {
  MeetingInput,
  MeetingProposal,
  MemberShift,
  ProposalItem,
  UnplacedCase,
} from './propose-meeting.ts'
export { greedyMeeting, proposeMeeting } from './propose-meeting.ts'
export type { ExpertSuggestion, Placement, RankInput, Ranking, Suggestion } from './rank-candidates.ts'
export { rankCandidates } from './rank-candidates.ts'
export type { Exclusion, Reason, ReasonCode } from './reason.ts'
