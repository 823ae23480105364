import fc from 'fast-check'
import { COMMAND_TYPES } from '../commands/command-body.ts'

/** Values a client might send in any field: wrong types, edge numbers, odd strings, nesting. */
export const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '',
    ' ',
    'noord',
    'p1',
    'c1',
    '2026-02-30',
    '2026-01-01',
    '9999-99-99',
    '__proto__',
    'constructor',
  ),
  fc.constantFrom(-1, 0, 1, 1.5, 1e308, Number.MAX_SAFE_INTEGER),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

const FIELDS = [
  'teamId',
  'caseId',
  'professionalId',
  'reference',
  'receivedOn',
  'setting',
  'expertiseNeeded',
  'indicators',
  'intensity',
  'reasoning',
  'exemption',
  'role',
  'name',
  'discipline',
  'educationLevel',
  'employment',
  'contractHours',
  'starter',
  'meetingId',
  'present',
  'sessionId',
  'signalId',
  'settings',
  'expectedVersion',
  'commandId',
  'on',
  'kind',
  'hours',
  'participants',
  'reason',
  '__proto__',
]

export const commandBody = fc
  .record(
    {
      type: fc.oneof(fc.constantFrom(...COMMAND_TYPES), anyValue),
      teamId: fc.oneof(fc.constant('noord'), anyValue),
    },
    { requiredKeys: [] },
  )
  .chain((base) =>
    fc
      .dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 8 })
      .map((extra) => ({ ...extra, ...base })),
  )
