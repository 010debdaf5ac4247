import type { Component } from 'vue'
import CorrectionPicker from '@/features/correction/CorrectionPicker.vue'
import { COR } from '@/features/correction/api'
import { CORRECTION_REGISTRY_BY_KEY as CORRECTION } from '@/features/correction/registry'
import EnforcementPicker from '@/features/enforcement/EnforcementPicker.vue'
import { ENF, forgetCaches, loadAgencies, loadOfficers } from '@/features/enforcement/api'
import { REGISTRY_BY_KEY as ENFORCEMENT } from '@/features/enforcement/registry'
import MediationPicker from '@/features/mediation/MediationPicker.vue'
import { MED, loadCommittees, loadMediators } from '@/features/mediation/api'
import { MEDIATION_REGISTRY_BY_KEY as MEDIATION } from '@/features/mediation/registry'
import LegalAidPicker from '@/features/legal-aid/LegalAidPicker.vue'
import { LA } from '@/features/legal-aid/api'
import { LEGAL_AID_REGISTRY_BY_KEY as LEGAL_AID } from '@/features/legal-aid/registry'
import ReviewPicker from '@/features/review/ReviewPicker.vue'
import { REVIEW } from '@/features/review/api'
import { REVIEW_REGISTRY_BY_KEY } from '@/features/review/registry'
import type { RegistryEntry } from './types'

type Named = { id?: string; name?: string }

/**
 * One business section whose registers the shared pages show: where its API and pages live, who may write, and
 * how its `slot` fields and picker filters are rendered (`picker`: props `prop`, `model`, `multiple`, `required`,
 * `filter`) and its ids named (`names`, by field kind).
 */
export interface RegistrySection {
  base: string
  path: string
  writeScope: string
  entries: Record<string, RegistryEntry>
  picker: Component
  names: Partial<Record<string, () => Promise<Named[]>>>
  forget?: () => void
}

export const SECTIONS: Record<string, RegistrySection> = {
  enforcement: {
    base: ENF,
    path: '/enforcement',
    writeScope: 'enforcement.write',
    entries: ENFORCEMENT,
    picker: EnforcementPicker,
    names: { agency: loadAgencies, agencies: loadAgencies, officer: loadOfficers, officers: loadOfficers },
    forget: forgetCaches,
  },
  mediation: {
    base: MED,
    path: '/mediation',
    writeScope: 'mediation.write',
    entries: MEDIATION,
    picker: MediationPicker,
    names: { committee: loadCommittees, mediator: loadMediators },
  },
  'legal-aid': {
    base: LA,
    path: '/legal-aid',
    writeScope: 'legal-aid.write',
    entries: LEGAL_AID,
    picker: LegalAidPicker,
    names: {},
  },
  review: {
    base: REVIEW,
    path: '/review',
    writeScope: 'review.write',
    entries: REVIEW_REGISTRY_BY_KEY,
    picker: ReviewPicker,
    names: {},
  },
  correction: {
    base: COR,
    path: '/correction',
    writeScope: 'correction.write',
    entries: CORRECTION,
    picker: CorrectionPicker,
    names: {},
  },
}
