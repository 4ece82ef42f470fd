/**
 * One instance's start-up step as `npm start` runs it (production: the migrations apply when
 * Payload starts, then the first-run preparation), on the DATABASE_URI it is given; for tests
 * that start several at once. Prints what the preparation says.
 */
Object.assign(process.env, { NODE_ENV: 'production' })
const { prepareDatabase } = await import('@/cli/prepare-database')
await prepareDatabase((line) => process.stdout.write(`${line}\n`))
process.exit(0)

export {}
