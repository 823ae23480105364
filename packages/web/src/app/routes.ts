import type { Me } from '../api/types.ts'

export type RouteId =
  | 'meeting'
  | 'balance'
  | 'reflection'
  | 'unassigned'
  | 'myWeek'
  | 'tandems'
  | 'audit'
  | 'settings'
  | 'accounts'

export interface Route {
  readonly id: RouteId
  /** the Dutch path segment after `#/`, so shared links read in the team's language */
  readonly slug: string
  readonly tag: string
  /**
   * screens load on first visit, keeping the first screen's JavaScript small (docs/architecture.md#figures)
   */
  readonly load: () => Promise<unknown>
  readonly visible?: (me: Me) => boolean
  /** false for a screen that shows no team's data, so it opens before any team exists */
  readonly needsTeam?: boolean
}

/** Admins manage accounts and see no team's data (the server's least privilege). */
const teamMember = (me: Me): boolean => me.role !== 'admin'

export const routes: readonly Route[] = [
  {
    id: 'meeting',
    slug: 'weekoverleg',
    tag: 'tandem-meeting-screen',
    load: () => import('../screens/meeting/meeting-screen.ts'),
    visible: teamMember,
  },
  {
    id: 'balance',
    slug: 'caseloadbalans',
    tag: 'tandem-balance-screen',
    load: () => import('../screens/balance/balance-screen.ts'),
    visible: teamMember,
  },
  {
    id: 'reflection',
    slug: 'reflectietijd',
    tag: 'tandem-reflection-screen',
    load: () => import('../screens/reflection/reflection-screen.ts'),
    visible: teamMember,
  },
  {
    id: 'unassigned',
    slug: 'zonder-regie',
    tag: 'tandem-unassigned-screen',
    load: () => import('../screens/unassigned/unassigned-screen.ts'),
    visible: teamMember,
  },
  {
    id: 'myWeek',
    slug: 'mijn-week',
    tag: 'tandem-my-week-screen',
    load: () => import('../screens/my-week/my-week-screen.ts'),
    visible: (me) => teamMember(me) && Boolean(me.professionalId),
  },
  {
    id: 'tandems',
    slug: 'tandems',
    tag: 'tandem-tandems-screen',
    load: () => import('../screens/tandems/tandems-screen.ts'),
    visible: teamMember,
  },
  {
    id: 'audit',
    slug: 'audit',
    tag: 'tandem-audit-screen',
    load: () => import('../screens/audit/audit-screen.ts'),
    // The server shows the timeline (who recorded what, and why) to the coach and to auditors only.
    visible: (me) => me.role === 'coach' || me.role === 'auditor',
  },
  {
    id: 'settings',
    slug: 'instellingen',
    tag: 'tandem-settings-screen',
    load: () => import('../screens/settings/settings-screen.ts'),
    visible: teamMember,
  },
  {
    id: 'accounts',
    slug: 'accounts',
    tag: 'tandem-accounts-screen',
    load: () => import('../screens/accounts/accounts-screen.ts'),
    visible: (me) => me.role === 'admin',
    needsTeam: false,
  },
]

export const visibleRoutes = (me: Me): readonly Route[] => routes.filter((r) => r.visible?.(me) ?? true)

/** The route a hash points at; an unknown or empty hash lands on the role's natural first screen. */
export const routeFromHash = (hash: string, me: Me): Route => {
  const slug = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  const available = visibleRoutes(me)
  const found = available.find((r) => r.slug === slug)
  if (found) return found
  const fallback: RouteId = me.role === 'auditor' ? 'audit' : me.role === 'admin' ? 'accounts' : 'meeting'
  return available.find((r) => r.id === fallback) ?? available[0]!
}

export const hrefOf = (route: Route): string => `#/${route.slug}`
