import * as migration_20261126_111957_initial from './20261126_111957_initial'
import * as migration_20261129_122725_self_assessment from './20261129_122725_self_assessment'
import * as migration_20261129_124858_maturity_levels from './20261129_124858_maturity_levels'
import * as migration_20261129_164330_content_stamp from './20261129_164330_content_stamp'
import * as migration_20261129_165710_link_checks from './20261129_165710_link_checks'
import * as migration_20261129_192908_translation_states from './20261129_192908_translation_states'
import * as migration_20261129_200256_review_states from './20261129_200256_review_states'
import * as migration_20261129_222748_translation_published_status from './20261129_222748_translation_published_status'
import * as migration_20261129_224550_activity_log from './20261129_224550_activity_log'
import * as migration_20261129_233441_version_authors from './20261129_233441_version_authors'
import * as migration_20261130_014740_scheduled_publishing from './20261130_014740_scheduled_publishing'
import * as migration_20261205_131659_sign_in_failures from './20261205_131659_sign_in_failures'
import * as migration_20261205_181622_sign_in_limits from './20261205_181622_sign_in_limits'
import * as migration_20261205_211141_team_tombstones from './20261205_211141_team_tombstones'
import * as migration_20261205_222850_claims from './20261205_222850_claims'
import * as migration_20261206_021532_outbox from './20261206_021532_outbox'
import * as migration_20261206_022803_team_answers from './20261206_022803_team_answers'
import * as migration_20261206_052528_comments from './20261206_052528_comments'
import * as migration_20261206_060211_notifications from './20261206_060211_notifications'
import * as migration_20261206_061733_comment_notifications from './20261206_061733_comment_notifications'
import * as migration_20261206_063339_publishing_states from './20261206_063339_publishing_states'
import * as migration_20261206_160518_assessment_contributions from './20261206_160518_assessment_contributions'
import * as migration_20261206_173607_translation_memory from './20261206_173607_translation_memory'
import * as migration_20261206_194333_page_views from './20261206_194333_page_views'
import * as migration_20261206_195652_team_rounds from './20261206_195652_team_rounds'
import * as migration_20261206_203442_paragraph_changes from './20261206_203442_paragraph_changes'
import * as migration_20261207_104105_state_indexes from './20261207_104105_state_indexes'

export const migrations = [
  {
    up: migration_20261126_111957_initial.up,
    down: migration_20261126_111957_initial.down,
    name: '20261126_111957_initial',
  },
  {
    up: migration_20261129_122725_self_assessment.up,
    down: migration_20261129_122725_self_assessment.down,
    name: '20261129_122725_self_assessment',
  },
  {
    up: migration_20261129_124858_maturity_levels.up,
    down: migration_20261129_124858_maturity_levels.down,
    name: '20261129_124858_maturity_levels',
  },
  {
    up: migration_20261129_164330_content_stamp.up,
    down: migration_20261129_164330_content_stamp.down,
    name: '20261129_164330_content_stamp',
  },
  {
    up: migration_20261129_165710_link_checks.up,
    down: migration_20261129_165710_link_checks.down,
    name: '20261129_165710_link_checks',
  },
  {
    up: migration_20261129_192908_translation_states.up,
    down: migration_20261129_192908_translation_states.down,
    name: '20261129_192908_translation_states',
  },
  {
    up: migration_20261129_200256_review_states.up,
    down: migration_20261129_200256_review_states.down,
    name: '20261129_200256_review_states',
  },
  {
    up: migration_20261129_222748_translation_published_status.up,
    down: migration_20261129_222748_translation_published_status.down,
    name: '20261129_222748_translation_published_status',
  },
  {
    up: migration_20261129_224550_activity_log.up,
    down: migration_20261129_224550_activity_log.down,
    name: '20261129_224550_activity_log',
  },
  {
    up: migration_20261129_233441_version_authors.up,
    down: migration_20261129_233441_version_authors.down,
    name: '20261129_233441_version_authors',
  },
  {
    up: migration_20261130_014740_scheduled_publishing.up,
    down: migration_20261130_014740_scheduled_publishing.down,
    name: '20261130_014740_scheduled_publishing',
  },
  {
    up: migration_20261205_131659_sign_in_failures.up,
    down: migration_20261205_131659_sign_in_failures.down,
    name: '20261205_131659_sign_in_failures',
  },
  {
    up: migration_20261205_181622_sign_in_limits.up,
    down: migration_20261205_181622_sign_in_limits.down,
    name: '20261205_181622_sign_in_limits',
  },
  {
    up: migration_20261205_211141_team_tombstones.up,
    down: migration_20261205_211141_team_tombstones.down,
    name: '20261205_211141_team_tombstones',
  },
  {
    up: migration_20261205_222850_claims.up,
    down: migration_20261205_222850_claims.down,
    name: '20261205_222850_claims',
  },
  {
    up: migration_20261206_021532_outbox.up,
    down: migration_20261206_021532_outbox.down,
    name: '20261206_021532_outbox',
  },
  {
    up: migration_20261206_022803_team_answers.up,
    down: migration_20261206_022803_team_answers.down,
    name: '20261206_022803_team_answers',
  },
  {
    up: migration_20261206_052528_comments.up,
    down: migration_20261206_052528_comments.down,
    name: '20261206_052528_comments',
  },
  {
    up: migration_20261206_060211_notifications.up,
    down: migration_20261206_060211_notifications.down,
    name: '20261206_060211_notifications',
  },
  {
    up: migration_20261206_061733_comment_notifications.up,
    down: migration_20261206_061733_comment_notifications.down,
    name: '20261206_061733_comment_notifications',
  },
  {
    up: migration_20261206_063339_publishing_states.up,
    down: migration_20261206_063339_publishing_states.down,
    name: '20261206_063339_publishing_states',
  },
  {
    up: migration_20261206_160518_assessment_contributions.up,
    down: migration_20261206_160518_assessment_contributions.down,
    name: '20261206_160518_assessment_contributions',
  },
  {
    up: migration_20261206_173607_translation_memory.up,
    down: migration_20261206_173607_translation_memory.down,
    name: '20261206_173607_translation_memory',
  },
  {
    up: migration_20261206_194333_page_views.up,
    down: migration_20261206_194333_page_views.down,
    name: '20261206_194333_page_views',
  },
  {
    up: migration_20261206_195652_team_rounds.up,
    down: migration_20261206_195652_team_rounds.down,
    name: '20261206_195652_team_rounds',
  },
  {
    up: migration_20261206_203442_paragraph_changes.up,
    down: migration_20261206_203442_paragraph_changes.down,
    name: '20261206_203442_paragraph_changes',
  },
  {
    up: migration_20261207_104105_state_indexes.up,
    down: migration_20261207_104105_state_indexes.down,
    name: '20261207_104105_state_indexes',
  },
]
