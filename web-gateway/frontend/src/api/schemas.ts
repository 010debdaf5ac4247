/**
 * The server's shapes, generated from its OpenAPI documents (`npm run api:types`, files in ./generated): import
 * them from here, never write them by hand.
 */
import type { components as CoreComponents } from './generated/core'
import type { components as MediationComponents } from './generated/mediation'
import type { components as EnforcementComponents } from './generated/enforcement'

/**
 * A response as the server sends it: every property present (null when empty). The documents do not mark
 * response properties `required`, so the generated ones are all optional; this takes them as sent.
 */
export type Answer<T> = { [K in keyof T]-?: T[K] }

export type CoreSchemas = CoreComponents['schemas']
export type MediationSchemas = MediationComponents['schemas']
export type EnforcementSchemas = EnforcementComponents['schemas']

/** `Answer` through nested objects and arrays (statistics and other composite answers). */
export type DeepAnswer<T> = T extends (infer E)[]
  ? DeepAnswer<E>[]
  : T extends object
    ? { [K in keyof T]-?: DeepAnswer<NonNullable<T[K]>> }
    : T
