import type { components } from '@/api/generated/legal-aid'
import type { Answer, DeepAnswer } from '@/api/schemas'

/** The legal-aid service's API base (docs/legal-aid.md). */
export const LA = '/api/legal-aid/v1'

type S = components['schemas']

export type ConflictCheckView = DeepAnswer<S['LegalAidConflictCheckView']>
export type ConflictFinding = Answer<S['LegalAidConflictFinding']>
export type LegalAidStatistics = DeepAnswer<S['LegalAidStatisticsView']>
export type Rate = Omit<Answer<S['Rate']>, 'fraction'> & { fraction: number | null }
export type Breakdown = Answer<S['LegalAidStatisticsBreakdown']>
