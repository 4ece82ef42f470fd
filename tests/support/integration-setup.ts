/** Says plainly which databases the integration tests ran against. */
export default function setup(): void {
  process.stdout.write('Integration tests run against SQLite (a fresh temporary database per file).\n')
  if (process.env.MONGODB_URI) {
    process.stdout.write(
      '…and against MongoDB at MONGODB_URI (project integration-mongodb, a fresh database per file).\n',
    )
  } else {
    process.stdout.write('MongoDB integration tests skipped: set MONGODB_URI=mongodb://… to run them too.\n')
  }
}
