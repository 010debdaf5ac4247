import type { ImportJobView } from './api'

/** Percentage 0..100 of an import job's rows processed (100 once it is done, whatever the count). */
export function progressOf(job: ImportJobView | null): number {
  if (!job) return 0
  if (job.status === 'DONE') return 100
  if (!job.total) return 0
  return Math.min(100, Math.floor((job.processed * 100) / job.total))
}

/** Whether the job is still moving, i.e. worth polling again. */
export function isRunning(job: ImportJobView | null): boolean {
  return job != null && (job.status === 'QUEUED' || job.status === 'RUNNING')
}
