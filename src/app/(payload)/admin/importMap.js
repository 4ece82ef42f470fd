import { default as default_81384d990ab52e1dc27bdeac19689f18 } from '../../../cms/admin/publishing/PublishingStateCell'
import { default as default_a3709757686e1a65ea303adbc371e0b8 } from '../../../cms/admin/publishing/PublishingStateField'
import { default as default_fcd8030a9e7bd7056d89873991c0f04e } from '../../../cms/admin/publishing/ScheduleGuard'
import { default as default_546acff110bc645b7979fbb1b4018e2b } from '../../../cms/admin/translation/TranslationAid'
import { default as default_465e06e378caae7bee429a0f83bc01e4 } from '../../../cms/admin/translation/TranslationStatusCell'
import { default as default_940f09e75fee5c42d86da7863cf72fd9 } from '../../../cms/admin/translation/TranslationStatusField'
import { default as default_8e3883522bed980c9782564f4038f977 } from '../../../cms/admin/publishing/ScheduleNote'
import { default as default_25615c5c4111adf58d389772b4fdda8f } from '../../../cms/admin/publishing/VersionHistory'
import { default as default_e08094122b4d3424cbb62918b34ad044 } from '../../../cms/admin/comments/CommentsPanel'
import { default as default_b7b2cf5b4627b46a4b8c81bf143f21b2 } from '../../../cms/admin/translation/TranslationFilter'
import { default as default_2ab614cee9361affd5beffda0d1f816f } from '../../../cms/admin/comments/CommentsInComparison'
import { default as default_594cf28d57d1cdab157f62bc789112b1 } from '../../../cms/admin/publishing/VersionsWithAuthors'
import { default as default_9a482d575bf0fa1985d07b5f51f15831 } from '../../../cms/admin/publishing/PublishTogether'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { MemoryInsertFeatureClient as MemoryInsertFeatureClient_9df67700f1dc05c9580e7a9199ee97c8 } from '../../../cms/admin/translation/memory-insert-feature.client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { default as default_7819fd84a77002df857defdd7e165cf0 } from '../../../cms/admin/links/LinkStatusCell'
import { default as default_3ddeca94a935d78f6c9d9b1594b5492a } from '../../../cms/admin/links/LinkStatusField'
import { default as default_06dfb7c75f9160ec8d7542518b91862b } from '../../../cms/admin/dashboard/BrokenLinks'
import { default as default_cf85cd97cb110d6b8bb66974e1781e13 } from '../../../cms/admin/translation/LanguageCell'
import { default as default_14375041ac77e645597c95d2fbf029f3 } from '../../../cms/admin/notifications/NotificationCell'
import { default as default_0730d224e97adffad3864e7958d5e0c9 } from '../../../cms/admin/notifications/ReadCell'
import { default as default_fafc49087749557f0b3e2d0bc0f40260 } from '../../../cms/admin/notifications/MarkAllRead'
import { default as default_2c6fed1ef288d4e35c9bd9515a7723e7 } from '../../../cms/admin/ZoneNote'
import { default as default_4c7444b93dbccf84094c9864fd2f1234 } from '../../../cms/admin/Icon'
import { default as default_67b5933b1125a92daeb072b605fa27b4 } from '../../../cms/admin/Logo'
import { default as default_e4b50d6e3d29c24644aa0933a1c7ce45 } from '../../../cms/admin/notifications/UnreadNotifications'
import { default as default_bf0399427b58f77cf77978c4b8989e79 } from '../../../cms/admin/dashboard/EmailWarning'
import { default as default_fcf8c728135d9e13e90b028745f082b5 } from '../../../cms/admin/dashboard/MyDrafts'
import { default as default_87b3f1bd5a9baf5a584ff77e9994b97e } from '../../../cms/admin/dashboard/ReviewQueue'
import { default as default_f94be0741ef09b30e7326ccac5ad23bd } from '../../../cms/admin/dashboard/ScheduledPublishing'
import { default as default_6c3e9dd022e8b97a5258b218979b29b8 } from '../../../cms/admin/dashboard/RecentChanges'
import { default as default_f52a12bd3a51822b387080e7a97847eb } from '../../../cms/admin/dashboard/SignInFailures'
import { default as default_07da99bd595d18ab2cd9d015a0054622 } from '../../../cms/admin/translation/TranslationProgress'
import { default as default_bf93c7a49f300d5b437f46d3a8fafb9f } from '../../../cms/admin/insights/Insights'
import { default as default_c783726ac57904096a661950cc526c46 } from '../../../cms/admin/AdminClock'
import { default as default_6cc0708acdc910331164a4aeb187e1a3 } from '../../../cms/admin/EditorsOnlyControls'
import { default as default_2906501547f6da25f76269a2cf887204 } from '../../../cms/admin/EditorToolbarLabels'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/admin/publishing/PublishingStateCell#default": default_81384d990ab52e1dc27bdeac19689f18,
  "/cms/admin/publishing/PublishingStateField#default": default_a3709757686e1a65ea303adbc371e0b8,
  "/cms/admin/publishing/ScheduleGuard#default": default_fcd8030a9e7bd7056d89873991c0f04e,
  "/cms/admin/translation/TranslationAid#default": default_546acff110bc645b7979fbb1b4018e2b,
  "/cms/admin/translation/TranslationStatusCell#default": default_465e06e378caae7bee429a0f83bc01e4,
  "/cms/admin/translation/TranslationStatusField#default": default_940f09e75fee5c42d86da7863cf72fd9,
  "/cms/admin/publishing/ScheduleNote#default": default_8e3883522bed980c9782564f4038f977,
  "/cms/admin/publishing/VersionHistory#default": default_25615c5c4111adf58d389772b4fdda8f,
  "/cms/admin/comments/CommentsPanel#default": default_e08094122b4d3424cbb62918b34ad044,
  "/cms/admin/translation/TranslationFilter#default": default_b7b2cf5b4627b46a4b8c81bf143f21b2,
  "/cms/admin/comments/CommentsInComparison#default": default_2ab614cee9361affd5beffda0d1f816f,
  "/cms/admin/publishing/VersionsWithAuthors#default": default_594cf28d57d1cdab157f62bc789112b1,
  "/cms/admin/publishing/PublishTogether#default": default_9a482d575bf0fa1985d07b5f51f15831,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "/cms/admin/translation/memory-insert-feature.client#MemoryInsertFeatureClient": MemoryInsertFeatureClient_9df67700f1dc05c9580e7a9199ee97c8,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/cms/admin/links/LinkStatusCell#default": default_7819fd84a77002df857defdd7e165cf0,
  "/cms/admin/links/LinkStatusField#default": default_3ddeca94a935d78f6c9d9b1594b5492a,
  "/cms/admin/dashboard/BrokenLinks#default": default_06dfb7c75f9160ec8d7542518b91862b,
  "/cms/admin/translation/LanguageCell#default": default_cf85cd97cb110d6b8bb66974e1781e13,
  "/cms/admin/notifications/NotificationCell#default": default_14375041ac77e645597c95d2fbf029f3,
  "/cms/admin/notifications/ReadCell#default": default_0730d224e97adffad3864e7958d5e0c9,
  "/cms/admin/notifications/MarkAllRead#default": default_fafc49087749557f0b3e2d0bc0f40260,
  "/cms/admin/ZoneNote#default": default_2c6fed1ef288d4e35c9bd9515a7723e7,
  "/cms/admin/Icon#default": default_4c7444b93dbccf84094c9864fd2f1234,
  "/cms/admin/Logo#default": default_67b5933b1125a92daeb072b605fa27b4,
  "/cms/admin/notifications/UnreadNotifications#default": default_e4b50d6e3d29c24644aa0933a1c7ce45,
  "/cms/admin/dashboard/EmailWarning#default": default_bf0399427b58f77cf77978c4b8989e79,
  "/cms/admin/dashboard/MyDrafts#default": default_fcf8c728135d9e13e90b028745f082b5,
  "/cms/admin/dashboard/ReviewQueue#default": default_87b3f1bd5a9baf5a584ff77e9994b97e,
  "/cms/admin/dashboard/ScheduledPublishing#default": default_f94be0741ef09b30e7326ccac5ad23bd,
  "/cms/admin/dashboard/RecentChanges#default": default_6c3e9dd022e8b97a5258b218979b29b8,
  "/cms/admin/dashboard/SignInFailures#default": default_f52a12bd3a51822b387080e7a97847eb,
  "/cms/admin/translation/TranslationProgress#default": default_07da99bd595d18ab2cd9d015a0054622,
  "/cms/admin/insights/Insights#default": default_bf93c7a49f300d5b437f46d3a8fafb9f,
  "/cms/admin/AdminClock#default": default_c783726ac57904096a661950cc526c46,
  "/cms/admin/EditorsOnlyControls#default": default_6cc0708acdc910331164a4aeb187e1a3,
  "/cms/admin/EditorToolbarLabels#default": default_2906501547f6da25f76269a2cf887204,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
