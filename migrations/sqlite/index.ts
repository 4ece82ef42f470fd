import * as migration_20261126_111957_initial from './20261126_111957_initial'

export const migrations = [
  {
    up: migration_20261126_111957_initial.up,
    down: migration_20261126_111957_initial.down,
    name: '20261126_111957_initial',
  },
]
