import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 32 random bytes in base64url: for session cookies, CSRF tokens, bearer and setup tokens. */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`

/**
 * Tokens are stored as their SHA-256: they are long random values, so a fast hash suffices, and a
 * copy of the table does not let anyone in.
 */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')

/** Compares two secrets without leaking where they differ. */
export const sameSecret = (a: string, b: string): boolean => {
  const left = Buffer.from(hashSecret(a), 'hex')
  const right = Buffer.from(hashSecret(b), 'hex')
  return timingSafeEqual(left, right)
}
