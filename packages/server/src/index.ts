export { type AppDeps, createApp } from './app.ts'
export { type Config, loadConfig } from './config.ts'
export { openTandem, type Tandem, type TandemOptions } from './tandem.ts'
