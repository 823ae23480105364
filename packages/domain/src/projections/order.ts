/**
 * Orders strings by code unit. Projections sort with this rather than `localeCompare`: it is the
 * same on every machine (golden logs and checkpoints must not depend on the server's ICU locale)
 * and many times faster on a rebuild.
 */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
