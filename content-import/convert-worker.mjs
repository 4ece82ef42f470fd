// Starts convert-worker.ts in a worker thread wherever the import runs (the tsx command line,
// vitest, `npm start`): a worker does not inherit the parent's TypeScript loader.
import { tsImport } from 'tsx/esm/api'

await tsImport('./convert-worker.ts', import.meta.url)
