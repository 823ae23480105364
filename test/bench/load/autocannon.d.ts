/** The part of autocannon 8 the load section uses (the package ships no types). */
declare module 'autocannon' {
  interface Result {
    readonly '2xx': number
    readonly non2xx: number
    readonly errors: number
  }
  interface Instance extends PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
    ): void
  }
  const autocannon: (options: Record<string, unknown>) => Instance
  export default autocannon
}
