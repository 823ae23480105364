import { Schema } from 'effect'
import {
  DateOnly,
  Positive,
  ProfessionalId,
  SessionId,
  SignalId,
  TeamId,
  Text,
} from '../shared/primitives.ts'
import { CancellationReason, ReflectionKind } from '../shared/vocabulary.ts'

/** Reserve protected reflection time for some of the team (R9). */
export const PlanReflectionSession = Schema.TaggedStruct('PlanReflectionSession', {
  teamId: TeamId,
  sessionId: SessionId,
  kind: ReflectionKind,
  on: DateOnly,
  hours: Positive,
  participants: Schema.Array(ProfessionalId).check(Schema.isMinLength(1)),
})

/** The grade is checked by `decide` too, so an out-of-range grade gets the team's message. */
export const GradeInput = Schema.Struct({ professionalId: ProfessionalId, grade: Schema.Finite })

export const HoldReflectionSession = Schema.TaggedStruct('HoldReflectionSession', {
  teamId: TeamId,
  sessionId: SessionId,
  attendees: Schema.Array(ProfessionalId),
  hours: Positive,
  minutes: Schema.String.check(Schema.isMaxLength(4000)),
  becameCaseDiscussion: Schema.Boolean,
  grades: Schema.Array(GradeInput),
})

export const CancelReflectionSession = Schema.TaggedStruct('CancelReflectionSession', {
  teamId: TeamId,
  sessionId: SessionId,
  reason: CancellationReason,
  explanation: Schema.String.check(Schema.isMaxLength(4000)),
})

/** A professional signals that workload keeps them from their professional standard (R11). */
export const RaiseWorkloadSignal = Schema.TaggedStruct('RaiseWorkloadSignal', {
  teamId: TeamId,
  signalId: SignalId,
  professionalId: ProfessionalId,
  description: Text,
})

/** The organisation's answer (coach or admin), once. */
export const AnswerWorkloadSignal = Schema.TaggedStruct('AnswerWorkloadSignal', {
  teamId: TeamId,
  signalId: SignalId,
  answer: Text,
})
