/** What the generic building blocks expose through a template ref (InstanceType does not work on generic SFCs). */
export interface RecordListExpose {
  reload(): Promise<void>
  search(): Promise<void>
}

export interface ActionDialogExpose {
  showError(error: unknown): void
}
