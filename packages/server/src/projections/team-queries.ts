import {
  caseloadBalance,
  meetingAgenda,
  myWeek,
  normAudit,
  reflectionReport,
  tandemHealth,
  unassignedRegie,
  waitingList,
} from '@tandem/domain'
import type { TeamViews } from './team-views.ts'

export interface QueryInput {
  readonly views: TeamViews
  /** the day time-dependent answers are for (YYYY-MM-DD) */
  readonly date: string
  /** for my-week: whose week */
  readonly professionalId: string | undefined
}

/** One dashboard query: its path segment, the domain query it runs, and which list it pages. */
export interface TeamQuery {
  readonly name: string
  readonly run: (input: QueryInput) => unknown
  /** the list in the answer that `limit`/`offset` page: a field name, `'.'` for the answer itself, or none */
  readonly pages?: string
}

/** The team's projections as GET endpoints (`/api/teams/:teamId/<name>`); reads never touch the decider. */
export const TEAM_QUERIES: readonly TeamQuery[] = [
  { name: 'balance', run: ({ views, date }) => caseloadBalance(views.team, date), pages: 'members' },
  { name: 'reflection', run: ({ views, date }) => reflectionReport(views.reflection, date), pages: '.' },
  { name: 'unassigned-regie', run: ({ views, date }) => unassignedRegie(views.team, date), pages: '.' },
  { name: 'agenda', run: ({ views, date }) => meetingAgenda(views.team, date) },
  { name: 'waiting-list', run: ({ views, date }) => waitingList(views.team, date), pages: 'waiting' },
  { name: 'tandems', run: ({ views, date }) => tandemHealth(views.team, date), pages: '.' },
  { name: 'norm-audit', run: ({ views, date }) => normAudit(views.team, date), pages: 'deviations' },
  {
    name: 'my-week',
    run: ({ views, date, professionalId }) =>
      professionalId === undefined ? null : myWeek(views.team, views.reflection, professionalId, date),
  },
]
