import { Failure } from '../failures/failure.ts'

export interface Page {
  readonly limit: number
  readonly offset: number
}

export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 500

const badPage = (path: string) =>
  new Failure('InvalidInput', 'InvalidInput', { nl: 'Ongeldige paginering.', en: 'Invalid pagination.' }, [
    { path, message: `Expected a whole number${path === '/limit' ? ` from 1 to ${MAX_LIMIT}` : ' ≥ 0'}` },
  ])

/** `?limit=&offset=`; limit 1–500 (default 100), offset ≥ 0 (default 0). */
export const parsePage = (limit: string | undefined, offset: string | undefined): Page => {
  const l = limit === undefined ? DEFAULT_LIMIT : Number(limit)
  const o = offset === undefined ? 0 : Number(offset)
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) throw badPage('/limit')
  if (!Number.isInteger(o) || o < 0) throw badPage('/offset')
  return { limit: l, offset: o }
}

/** One page of a list, with the total so a client can page on. */
export const paginate = <T>(items: readonly T[], page: Page) => ({
  items: items.slice(page.offset, page.offset + page.limit),
  total: items.length,
  limit: page.limit,
  offset: page.offset,
})
