import * as migration_20261126_094911_initial from './20261126_094911_initial';

export const migrations = [
  {
    up: migration_20261126_094911_initial.up,
    down: migration_20261126_094911_initial.down,
    name: '20261126_094911_initial'
  },
];
