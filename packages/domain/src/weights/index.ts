export * from './capacity.ts'
export * from './case-weight.ts'
export * from './professional-load.ts'
export * from './role-factor.ts'
