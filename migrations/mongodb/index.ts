import * as migration_20261126_080308_initial from './20261126_080308_initial'
import * as migration_20261129_130000_maturity_levels from './20261129_130000_maturity_levels'
import * as migration_20261129_170000_link_checks from './20261129_170000_link_checks'
import * as migration_20261129_193000_translation_states from './20261129_193000_translation_states'
import * as migration_20261129_223000_translation_published_status from './20261129_223000_translation_published_status'
import * as migration_20261129_224600_activity_log from './20261129_224600_activity_log'
import * as migration_20261130_014800_scheduled_publishing from './20261130_014800_scheduled_publishing'
import * as migration_20261205_131700_sign_in_failures from './20261205_131700_sign_in_failures'
import * as migration_20261205_181700_sign_in_limits from './20261205_181700_sign_in_limits'
import * as migration_20261205_211200_team_tombstones from './20261205_211200_team_tombstones'
import * as migration_20261205_215600_claims from './20261205_215600_claims'
import * as migration_20261206_021300_outbox from './20261206_021300_outbox'
import * as migration_20261206_022900_team_answers from './20261206_022900_team_answers'
import * as migration_20261206_052600_comments from './20261206_052600_comments'
import * as migration_20261206_060500_notifications from './20261206_060500_notifications'
import * as migration_20261206_063500_publishing_states from './20261206_063500_publishing_states'
import * as migration_20261206_160600_assessment_contributions from './20261206_160600_assessment_contributions'
import * as migration_20261206_161400_translation_memory from './20261206_161400_translation_memory'
import * as migration_20261206_194400_page_views from './20261206_194400_page_views'
import * as migration_20261206_195700_team_rounds from './20261206_195700_team_rounds'
import * as migration_20261207_104200_state_indexes from './20261207_104200_state_indexes'

export const migrations = [
  {
    up: migration_20261126_080308_initial.up,
    down: migration_20261126_080308_initial.down,
    name: '20261126_080308_initial',
  },
  {
    up: migration_20261129_130000_maturity_levels.up,
    down: migration_20261129_130000_maturity_levels.down,
    name: '20261129_130000_maturity_levels',
  },
  {
    up: migration_20261129_170000_link_checks.up,
    down: migration_20261129_170000_link_checks.down,
    name: '20261129_170000_link_checks',
  },
  {
    up: migration_20261129_193000_translation_states.up,
    down: migration_20261129_193000_translation_states.down,
    name: '20261129_193000_translation_states',
  },
  {
    up: migration_20261129_223000_translation_published_status.up,
    down: migration_20261129_223000_translation_published_status.down,
    name: '20261129_223000_translation_published_status',
  },
  {
    up: migration_20261129_224600_activity_log.up,
    down: migration_20261129_224600_activity_log.down,
    name: '20261129_224600_activity_log',
  },
  {
    up: migration_20261130_014800_scheduled_publishing.up,
    down: migration_20261130_014800_scheduled_publishing.down,
    name: '20261130_014800_scheduled_publishing',
  },
  {
    up: migration_20261205_131700_sign_in_failures.up,
    down: migration_20261205_131700_sign_in_failures.down,
    name: '20261205_131700_sign_in_failures',
  },
  {
    up: migration_20261205_181700_sign_in_limits.up,
    down: migration_20261205_181700_sign_in_limits.down,
    name: '20261205_181700_sign_in_limits',
  },
  {
    up: migration_20261205_211200_team_tombstones.up,
    down: migration_20261205_211200_team_tombstones.down,
    name: '20261205_211200_team_tombstones',
  },
  {
    up: migration_20261205_215600_claims.up,
    down: migration_20261205_215600_claims.down,
    name: '20261205_215600_claims',
  },
  {
    up: migration_20261206_021300_outbox.up,
    down: migration_20261206_021300_outbox.down,
    name: '20261206_021300_outbox',
  },
  {
    up: migration_20261206_022900_team_answers.up,
    down: migration_20261206_022900_team_answers.down,
    name: '20261206_022900_team_answers',
  },
  {
    up: migration_20261206_052600_comments.up,
    down: migration_20261206_052600_comments.down,
    name: '20261206_052600_comments',
  },
  {
    up: migration_20261206_060500_notifications.up,
    down: migration_20261206_060500_notifications.down,
    name: '20261206_060500_notifications',
  },
  {
    up: migration_20261206_063500_publishing_states.up,
    down: migration_20261206_063500_publishing_states.down,
    name: '20261206_063500_publishing_states',
  },
  {
    up: migration_20261206_160600_assessment_contributions.up,
    down: migration_20261206_160600_assessment_contributions.down,
    name: '20261206_160600_assessment_contributions',
  },
  {
    up: migration_20261206_161400_translation_memory.up,
    down: migration_20261206_161400_translation_memory.down,
    name: '20261206_161400_translation_memory',
  },
  {
    up: migration_20261206_194400_page_views.up,
    down: migration_20261206_194400_page_views.down,
    name: '20261206_194400_page_views',
  },
  {
    up: migration_20261206_195700_team_rounds.up,
    down: migration_20261206_195700_team_rounds.down,
    name: '20261206_195700_team_rounds',
  },
  {
    up: migration_20261207_104200_state_indexes.up,
    down: migration_20261207_104200_state_indexes.down,
    name: '20261207_104200_state_indexes',
  },
]
