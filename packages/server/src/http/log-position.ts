import { Failure } from '../failures/failure.ts'

const badFrom = () =>
  new Failure(
    'InvalidInput',
    'InvalidInput',
    { nl: 'from moet een positie ≥ 1 zijn.', en: 'from must be a position ≥ 1.' },
    [{ path: '/from', message: 'Expected a whole number ≥ 1' }],
  )

/** The `from` of a query string (a log position, for the export and the timeline): ≥ 1, else a 400. */
export const parseFrom = (raw: string): number => {
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw badFrom()
  return Number(raw)
}
