import {
  type ActorNames,
  balanceHistory,
  caseloadBalance,
  type NamedNormAudit,
  namedMeetingAgenda,
  namedMyWeek,
  namedNormAudit,
  namedTandemHealth,
  namedUnassignedRegie,
  nameNormAuditActors,
  normAuditActors,
  plannedSessions,
  professionalsList,
  reflectionReport,
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
  readonly summary: string
  readonly run: (input: QueryInput) => unknown
  /** the list in the answer that `limit`/`offset` page: a field name, `'.'` for the answer itself, or none */
  readonly pages?: string
  /**
   * For answers that name accounts as actors: which account ids to look up, and the answer with
   * their display names. Accounts change without an event, so such answers are not cached.
   */
  readonly actors?: {
    readonly ids: (result: never) => readonly string[]
    readonly name: (result: never, names: ActorNames) => unknown
  }
}

/** The team's projections as GET endpoints (`/api/teams/:teamId/<name>`); reads never touch the decider. */
export const TEAM_QUERIES: readonly TeamQuery[] = [
  {
    name: 'balance',
    summary: 'Caseload balance: load, capacity and ratio per member, and the team totals',
    run: ({ views, date }) => caseloadBalance(views.team, date),
    pages: 'members',
  },
  {
    name: 'balance-history',
    summary: "The team's load, capacity and ratio week by week, up to the week of asOf",
    run: ({ views, date }) => balanceHistory(views.team, date),
  },
  {
    name: 'reflection',
    summary: 'Reflection per period (norm, planned, held, cancelled) and the sessions still planned',
    run: ({ views, date }) => ({
      periods: reflectionReport(views.reflection, date),
      planned: plannedSessions(views.reflection, date),
    }),
    pages: 'periods',
  },
  {
    name: 'unassigned-regie',
    summary:
      'Open cases without (proper) regie, most urgent first, with the name of a regisseur still recorded',
    run: ({ views, date }) => namedUnassignedRegie(views.team, date),
    pages: '.',
  },
  {
    name: 'agenda',
    summary: "The weekly meeting's agenda, with names beside professional ids",
    run: ({ views, date }) => namedMeetingAgenda(views.team, date),
  },
  {
    name: 'waiting-list',
    summary: 'Cases waiting for help',
    run: ({ views, date }) => waitingList(views.team, date),
    pages: 'waiting',
  },
  {
    name: 'tandems',
    summary: 'Tandem pairs with contact health and both names',
    run: ({ views, date }) => namedTandemHealth(views.team, date),
    pages: '.',
  },
  {
    name: 'norm-audit',
    summary:
      'Every exemption (with the display name of the account that recorded it) and every period out of line with the norm',
    run: ({ views, date }) => namedNormAudit(views.team, date),
    pages: 'deviations',
    actors: {
      ids: (audit: NamedNormAudit) => normAuditActors(audit),
      name: (audit: NamedNormAudit, names: ActorNames) => nameNormAuditActors(audit, names),
    },
  },
  {
    name: 'professionals',
    summary: 'Every current member: registration standing, expertise, absence, load and capacity',
    run: ({ views, date }) => professionalsList(views.team, date),
    pages: '.',
  },
  {
    name: 'settings',
    summary: "The team's settings in force",
    run: ({ views }) => views.team.settings,
  },
  {
    name: 'my-week',
    summary: "One professional's week (professionalId, default the caller's own)",
    run: ({ views, date, professionalId }) =>
      professionalId === undefined ? null : namedMyWeek(views.team, views.reflection, professionalId, date),
  },
]
