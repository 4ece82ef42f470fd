import { default as default_35705320967fe67b347c997baf192ed0 } from '../../../cms/admin/publishing/PublishingStateCell'
import { default as default_6ba7615405b8bb1e0a5c5df4c51f8b44 } from '../../../cms/admin/publishing/PublishingStateField'
import { default as default_ed74d30ab730e85ae3d4c75164f5818d } from '../../../cms/admin/publishing/ScheduleGuard'
import { default as default_4833a351b8308b23cb9f219ab5e063af } from '../../../cms/admin/translation/TranslationAid'
import { default as default_518137a10b24e377cea04c60e3a6272e } from '../../../cms/admin/translation/TranslationStatusCell'
import { default as default_9b962022f2a0ce889931fca4e6bdde49 } from '../../../cms/admin/translation/TranslationStatusField'
import { default as default_a96164e06eba37f87d5d129948a23591 } from '../../../cms/admin/publishing/ScheduleNote'
import { default as default_0457971e6be573e040d1a10bda0deedf } from '../../../cms/admin/publishing/VersionHistory'
import { default as default_f31f154adcfb0d3b89adfbaf19ebbf4f } from '../../../cms/admin/translation/TranslationFilter'
import { default as default_46edfbfbebfb6fc607c860ecec4d0753 } from '../../../cms/admin/publishing/VersionsWithAuthors'
import { default as default_badcce22b9e39e7159a7287036afdcf5 } from '../../../cms/admin/publishing/PublishTogether'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
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
import { default as default_4b20b33d6ddea20fe44ff9cc2b5f6fdb } from '../../../cms/admin/links/LinkStatusCell'
import { default as default_b9e68c6fb274d51c11631fe9d1795918 } from '../../../cms/admin/links/LinkStatusField'
import { default as default_742b26dd27042ba39c9db19652ef1f07 } from '../../../cms/admin/dashboard/BrokenLinks'
import { default as default_a839e7b56abb50615debec81ae5f1441 } from '../../../cms/admin/translation/LanguageCell'
import { default as default_2c6fed1ef288d4e35c9bd9515a7723e7 } from '../../../cms/admin/ZoneNote'
import { default as default_4c7444b93dbccf84094c9864fd2f1234 } from '../../../cms/admin/Icon'
import { default as default_67b5933b1125a92daeb072b605fa27b4 } from '../../../cms/admin/Logo'
import { default as default_943cc3b9904f0dc7ddacfa04157cb88c } from '../../../cms/admin/dashboard/EmailWarning'
import { default as default_4b6a9920f4b108d53b12dacd5f3f03fc } from '../../../cms/admin/dashboard/MyDrafts'
import { default as default_17c3c29870dba8e502cff6f844409c6c } from '../../../cms/admin/dashboard/ReviewQueue'
import { default as default_f93d25a7ee0adc3811b43ab2db48b8f0 } from '../../../cms/admin/dashboard/ScheduledPublishing'
import { default as default_85f9d9085c5a269bb2e7b977ab9cef6a } from '../../../cms/admin/dashboard/RecentChanges'
import { default as default_60b4642b2f50ecd626f27e3e8dd6e867 } from '../../../cms/admin/dashboard/SignInFailures'
import { default as default_584f03af0b301a371e0161432172010b } from '../../../cms/admin/translation/TranslationProgress'
import { default as default_c783726ac57904096a661950cc526c46 } from '../../../cms/admin/AdminClock'
import { default as default_6cc0708acdc910331164a4aeb187e1a3 } from '../../../cms/admin/EditorsOnlyControls'
import { default as default_2906501547f6da25f76269a2cf887204 } from '../../../cms/admin/EditorToolbarLabels'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/admin/publishing/PublishingStateCell#default": default_35705320967fe67b347c997baf192ed0,
  "/cms/admin/publishing/PublishingStateField#default": default_6ba7615405b8bb1e0a5c5df4c51f8b44,
  "/cms/admin/publishing/ScheduleGuard#default": default_ed74d30ab730e85ae3d4c75164f5818d,
  "/cms/admin/translation/TranslationAid#default": default_4833a351b8308b23cb9f219ab5e063af,
  "/cms/admin/translation/TranslationStatusCell#default": default_518137a10b24e377cea04c60e3a6272e,
  "/cms/admin/translation/TranslationStatusField#default": default_9b962022f2a0ce889931fca4e6bdde49,
  "/cms/admin/publishing/ScheduleNote#default": default_a96164e06eba37f87d5d129948a23591,
  "/cms/admin/publishing/VersionHistory#default": default_0457971e6be573e040d1a10bda0deedf,
  "/cms/admin/translation/TranslationFilter#default": default_f31f154adcfb0d3b89adfbaf19ebbf4f,
  "/cms/admin/publishing/VersionsWithAuthors#default": default_46edfbfbebfb6fc607c860ecec4d0753,
  "/cms/admin/publishing/PublishTogether#default": default_badcce22b9e39e7159a7287036afdcf5,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
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
  "/cms/admin/links/LinkStatusCell#default": default_4b20b33d6ddea20fe44ff9cc2b5f6fdb,
  "/cms/admin/links/LinkStatusField#default": default_b9e68c6fb274d51c11631fe9d1795918,
  "/cms/admin/dashboard/BrokenLinks#default": default_742b26dd27042ba39c9db19652ef1f07,
  "/cms/admin/translation/LanguageCell#default": default_a839e7b56abb50615debec81ae5f1441,
  "/cms/admin/ZoneNote#default": default_2c6fed1ef288d4e35c9bd9515a7723e7,
  "/cms/admin/Icon#default": default_4c7444b93dbccf84094c9864fd2f1234,
  "/cms/admin/Logo#default": default_67b5933b1125a92daeb072b605fa27b4,
  "/cms/admin/dashboard/EmailWarning#default": default_943cc3b9904f0dc7ddacfa04157cb88c,
  "/cms/admin/dashboard/MyDrafts#default": default_4b6a9920f4b108d53b12dacd5f3f03fc,
  "/cms/admin/dashboard/ReviewQueue#default": default_17c3c29870dba8e502cff6f844409c6c,
  "/cms/admin/dashboard/ScheduledPublishing#default": default_f93d25a7ee0adc3811b43ab2db48b8f0,
  "/cms/admin/dashboard/RecentChanges#default": default_85f9d9085c5a269bb2e7b977ab9cef6a,
  "/cms/admin/dashboard/SignInFailures#default": default_60b4642b2f50ecd626f27e3e8dd6e867,
  "/cms/admin/translation/TranslationProgress#default": default_584f03af0b301a371e0161432172010b,
  "/cms/admin/AdminClock#default": default_c783726ac57904096a661950cc526c46,
  "/cms/admin/EditorsOnlyControls#default": default_6cc0708acdc910331164a4aeb187e1a3,
  "/cms/admin/EditorToolbarLabels#default": default_2906501547f6da25f76269a2cf887204,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
