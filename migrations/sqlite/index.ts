import * as migration_20261126_080308_initial from './20261126_080308_initial';

export const migrations = [
  {
    up: migration_20261126_080308_initial.up,
    down: migration_20261126_080308_initial.down,
    name: '20261126_080308_initial'
  },
];
