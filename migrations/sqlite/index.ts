import * as migration_20261126_093656_initial from './20261126_093656_initial';

export const migrations = [
  {
    up: migration_20261126_093656_initial.up,
    down: migration_20261126_093656_initial.down,
    name: '20261126_093656_initial'
  },
];
