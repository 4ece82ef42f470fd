/** Says plainly which databases the integration tests ran against. */
export default function setup(): void {
  const target = process.env.TEST_DATABASE === 'mongodb' ? 'MongoDB' : 'SQLite'
  process.stdout.write(`Integration tests run against ${target} (a fresh temporary database per file).\n`)
  if (!process.env.MONGODB_URI) {
    process.stdout.write('MongoDB integration tests skipped: set MONGODB_URI=mongodb://… to run them too.\n')
  }
}
