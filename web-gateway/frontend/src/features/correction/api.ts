import type { Answer, DeepAnswer } from '@/api/schemas'
import type { components } from '@/api/generated/correction'
import type { WorkflowFields } from '@/api/workflow'

/** The correction service's API base (docs/openapi/correction.json). */
export const COR = '/api/correction/v1'

type S = components['schemas']

export type SubjectView = Answer<S['CorrectionSubjectView']> & WorkflowFields
export type LeaveView = Answer<S['CorrectionLeaveView']> & WorkflowFields
export type LeaveListItem = Answer<S['CorrectionLeaveListItem']>
export type MonitoringView = Answer<S['CorrectionMonitoringView']> & WorkflowFields
export type TransferView = Answer<S['CorrectionTransferView']> & WorkflowFields
export type EducationView = Answer<S['CorrectionEducationView']>
export type MeasureView = Answer<S['CorrectionMeasureView']>
export type CheckInView = Answer<S['CorrectionCheckInView']>
export type CorrectionStatistics = DeepAnswer<S['CorrectionStatistics']>
export type CodeCount = Answer<S['CorrectionCodeCount']>
export type Rate = Answer<S['Rate']>

/** One alert (`GET /alerts`; the document declares no schema for the list, the service's `CorrectionAlertView`). */
export interface AlertView {
  subjectId: string | null
  recordId: string
  divisionCode: string
  type: string
  typeLabel: string
  date: string
  link: string
}

