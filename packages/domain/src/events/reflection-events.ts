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

/**
 * Protected reflection time is reserved per team (R9, Professionele ruimte en autonomie in praktijk brengen and
 * Meer ruimte voor professionals).
 */
export const ReflectionSessionPlanned = Schema.TaggedStruct('ReflectionSessionPlanned', {
  teamId: TeamId,
  sessionId: SessionId,
  kind: ReflectionKind,
  on: DateOnly,
  hours: Positive,
  participants: Schema.Array(ProfessionalId).check(Schema.isMinLength(1)),
})

/** A quality grade per attendee (Meer ruimte voor professionals: ask professionals to grade intervisie). */
export const QualityGrade = Schema.Struct({
  professionalId: ProfessionalId,
  grade: Schema.Finite.check(Schema.isInt(), Schema.isBetween({ minimum: 1, maximum: 10 })),
})

export const ReflectionSessionHeld = Schema.TaggedStruct('ReflectionSessionHeld', {
  teamId: TeamId,
  sessionId: SessionId,
  attendees: Schema.Array(ProfessionalId),
  hours: Positive,
  /** short minutes about the reflection itself, never about a client */
  minutes: Schema.String.check(Schema.isMaxLength(4000)),
  /** intervisie should not collapse into case discussion (Professionele ruimte en autonomie in praktijk brengen) */
  becameCaseDiscussion: Schema.Boolean,
  grades: Schema.Array(QualityGrade),
})

/** Cancelled sessions stay visible; "workload" cancellations are what R9 warns about. */
export const ReflectionSessionCancelled = Schema.TaggedStruct('ReflectionSessionCancelled', {
  teamId: TeamId,
  sessionId: SessionId,
  reason: CancellationReason,
  explanation: Schema.String.check(Schema.isMaxLength(4000)),
})

/** A professional signals that workload keeps them from their professional standard (R11). */
export const WorkloadSignalRaised = Schema.TaggedStruct('WorkloadSignalRaised', {
  teamId: TeamId,
  signalId: SignalId,
  professionalId: ProfessionalId,
  raisedOn: DateOnly,
  description: Text,
})

/** The organisation answered the signal (R11: it must). */
export const WorkloadSignalAnswered = Schema.TaggedStruct('WorkloadSignalAnswered', {
  teamId: TeamId,
  signalId: SignalId,
  answeredOn: DateOnly,
  answer: Text,
})
