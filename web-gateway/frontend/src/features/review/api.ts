import type { components } from '@/api/generated/review'

/** The review-appeal service's API (docs/openapi/review.json). */
export const REVIEW = '/api/review/v1'
export const STATISTICS_URL = `${REVIEW}/statistics`

export type ReviewStatistics = components['schemas']['ReviewStatisticsView']
export type Rate = components['schemas']['Rate']
export type CodeCount = components['schemas']['ReviewCodeCount']
export type NameCount = components['schemas']['ReviewNameCount']
