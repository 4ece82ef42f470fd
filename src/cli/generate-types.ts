/**
 * Writes payload-types.ts from the Payload config (what `payload generate:types` does), for
 * `npm start` before a build (start.ts). Run as its own process: the config is loaded in
 * development mode, which needs no database and no production secret. Not `npx payload
 * generate:types`: spawned from `npm start` it sometimes exited 0 without writing the file
 * (measured), and then the build's type check stopped on the new language.
 */
import { generateTypes } from 'payload/node'

import config from '@payload-config'

await generateTypes(await config, { log: false })
process.exit(0)
