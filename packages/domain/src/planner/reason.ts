import type { RuleId } from '../errors/domain-rejection.ts'

/**
 * Why a suggestion ranks where it does; the UI shows `nl` first and `en` second
 * (docs/architecture.md#glossary).
 */
export interface Reason {
  readonly code: ReasonCode
  /** whether it speaks for or against the suggestion; `neutral` only informs */
  readonly tone: 'for' | 'against' | 'neutral'
  readonly nl: string
  readonly en: string
}

export type ReasonCode =
  | 'has-room'
  | 'becomes-full'
  | 'becomes-overloaded'
  | 'has-expertise'
  | 'lacks-expertise'
  | 'no-expertise-available'
  | 'knows-family'
  | 'registration-ends-during-case'
  | 'absent-soon'
  | 'two-starters'
  | 'sets-treatment-plans'
  | 'no-expert-available'

/** Why a colleague is not suggested: the rule that excludes them, with the decider's own words. */
export interface Exclusion {
  readonly professionalId: string
  readonly name: string
  readonly role: 'regisseur' | 'tandem-practitioner' | 'behavioural-scientist'
  /** a decider rejection code, or `NoCapacity` when the colleague has no capacity this week */
  readonly code: string
  readonly rule?: RuleId
  readonly nl: string
  readonly en: string
}

export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`

export const listed = (items: readonly string[]): string => items.join(', ')
