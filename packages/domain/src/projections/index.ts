export * from './my-week.ts'
export * from './projection.ts'
export * from './reflection/index.ts'
export * from './team/index.ts'
