/**
 * Writes payload-types.ts from the Payload config (what `payload generate:types` does), for
 * `npm start` before a build (start.ts). Run as its own process: the config is loaded in
 * development mode, which needs no database and no production secret.
 */
import { generateTypes } from 'payload/node'

import config from '@payload-config'

await generateTypes(await config, { log: false })
process.exit(0)
