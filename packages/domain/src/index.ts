export * from './commands/index.ts'
export type { ActorRole, DecisionContext } from './decider/context.ts'
export { todayOf } from './decider/context.ts'
export { decide } from './decider/decide.ts'
export { type DecisionOfAll, decideAll, type RefusedCommand } from './decider/decide-all.ts'
export type { Decision } from './decider/decision.ts'
export { evolve, evolveOwned } from './decider/evolve.ts'
export type { FoundedTeam, TeamDecisionState, UnfoundedTeam } from './decider/state.ts'
export { initialState } from './decider/state.ts'
export * from './errors/domain-rejection.ts'
export * from './events/codec.ts'
export * from './events/index.ts'
export * from './planner/index.ts'
export * from './projections/index.ts'
export { type Authority, isAboutSelf, mayDecide } from './rules/authority.ts'
export * from './rules/authority-table.ts'
export {
  caseNeedsRegistration,
  isRegistered,
  type RegistrationStanding,
  registrationStatus,
  registrationValidUntil,
  requiresRegistration,
} from './rules/registration.ts'
export * from './shared/primitives.ts'
export * from './shared/team-settings.ts'
export * from './shared/vocabulary.ts'
export * from './weights/index.ts'
