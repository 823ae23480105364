/**
 * Fixed one-minute windows of failed logins, per user name and per client address, in memory.
 * Ten failures per name stop online guessing of one password; fifty per address stop spraying many
 * names from one machine while a whole team behind one office NAT can still log in. Addresses are
 * only counted here, never logged.
 */
export interface LoginLimiter {
  /** True when another attempt is allowed for this name from this address. */
  allows(username: string, address: string, now: Date): boolean
  recordFailure(username: string, address: string, now: Date): void
  recordSuccess(username: string): void
}

export const createLoginLimiter = ({
  perName = 10,
  perAddress = 50,
  windowMs = 60_000,
} = {}): LoginLimiter => {
  const windows = new Map<string, { start: number; failures: number }>()
  const failures = (key: string, now: number) => {
    const window = windows.get(key)
    return window && now - window.start < windowMs ? window.failures : 0
  }
  const bump = (key: string, now: number) => {
    const window = windows.get(key)
    if (window && now - window.start < windowMs) window.failures += 1
    else windows.set(key, { start: now, failures: 1 })
  }
  return {
    allows(username, address, now) {
      const at = now.getTime()
      return (
        failures(`name:${username.toLowerCase()}`, at) < perName &&
        failures(`addr:${address}`, at) < perAddress
      )
    },
    recordFailure(username, address, now) {
      const at = now.getTime()
      // Drop stale windows now and then so the map cannot grow without bound.
      if (windows.size > 10_000)
        for (const [key, w] of windows) if (at - w.start >= windowMs) windows.delete(key)
      bump(`name:${username.toLowerCase()}`, at)
      bump(`addr:${address}`, at)
    },
    recordSuccess(username) {
      windows.delete(`name:${username.toLowerCase()}`)
    },
  }
}
