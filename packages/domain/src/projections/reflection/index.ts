export * from './planned-sessions.ts'
export * from './reflection-projection.ts'
export * from './reflection-report.ts'
export type * from './reflection-state.ts'
