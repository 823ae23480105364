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

export interface Route {
  readonly id: RouteId
  /** the Dutch path segment after `#/`, so shared links read in the team's language */
  readonly slug: string
  readonly tag: string
  /** screens load on first visit, keeping the first screen's JavaScript small (DESIGN.md §7) */
  readonly load: () => Promise<unknown>
  readonly visible?: (me: Me) => boolean
}

export const routes: readonly Route[] = [
  {
    id: 'meeting',
    slug: 'weekoverleg',
    tag: 'tandem-meeting-screen',
    load: () => import('../screens/meeting/meeting-screen.ts'),
  },
  {
    id: 'balance',
    slug: 'caseloadbalans',
    tag: 'tandem-balance-screen',
    load: () => import('../screens/balance/balance-screen.ts'),
  },
  {
    id: 'reflection',
    slug: 'reflectietijd',
    tag: 'tandem-reflection-screen',
    load: () => import('../screens/reflection/reflection-screen.ts'),
  },
  {
    id: 'unassigned',
    slug: 'zonder-regie',
    tag: 'tandem-unassigned-screen',
    load: () => import('../screens/unassigned/unassigned-screen.ts'),
  },
  {
    id: 'myWeek',
    slug: 'mijn-week',
    tag: 'tandem-my-week-screen',
    load: () => import('../screens/my-week/my-week-screen.ts'),
    visible: (me) => Boolean(me.professionalId),
  },
  {
    id: 'tandems',
    slug: 'tandems',
    tag: 'tandem-tandems-screen',
    load: () => import('../screens/tandems/tandems-screen.ts'),
  },
  {
    id: 'audit',
    slug: 'audit',
    tag: 'tandem-audit-screen',
    load: () => import('../screens/audit/audit-screen.ts'),
  },
  {
    id: 'settings',
    slug: 'instellingen',
    tag: 'tandem-settings-screen',
    load: () => import('../screens/settings/settings-screen.ts'),
  },
]

export const visibleRoutes = (me: Me): readonly Route[] => routes.filter((r) => r.visible?.(me) ?? true)

/** The route a hash points at; an unknown or empty hash lands on the role's natural first screen. */
export const routeFromHash = (hash: string, me: Me): Route => {
  const slug = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  const available = visibleRoutes(me)
  const found = available.find((r) => r.slug === slug)
  if (found) return found
  const fallback: RouteId = me.role === 'auditor' ? 'audit' : 'meeting'
  return available.find((r) => r.id === fallback) ?? available[0]!
}

export const hrefOf = (route: Route): string => `#/${route.slug}`
