// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import openapiTS, { astToString } from 'openapi-typescript'

// The portal's types must be those of the committed OpenAPI documents: a stale generated file hides a changed
// contract from the type checker (it once kept names that the documents no longer had).
const here = dirname(fileURLToPath(import.meta.url))
const snapshots = resolve(here, '../../../../docs/openapi')
const generated = resolve(here, 'generated')

describe('generated API types', () => {
  for (const service of ['core', 'mediation', 'enforcement', 'legal-aid', 'review', 'correction']) {
    it(`${service}.ts is generated from docs/openapi/${service}.json (run npm run api:types)`, async () => {
      const document = JSON.parse(readFileSync(resolve(snapshots, `${service}.json`), 'utf8'))
      const expected = astToString(await openapiTS(document, { exportType: false, alphabetize: true }))
      const file = resolve(generated, `${service}.ts`)
      expect(existsSync(file)).toBe(true)
      expect(readFileSync(file, 'utf8').endsWith(expected)).toBe(true)
    }, 60_000)
  }
})
