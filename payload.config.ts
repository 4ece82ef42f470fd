import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import { ActivityLog } from '@collections/ActivityLog/config'
import { trimActivityLogTask } from '@collections/ActivityLog/retention'
import { Advice } from '@collections/Advice/config'
import { Areas } from '@collections/Areas/config'
import { Choices } from '@collections/Choices/config'
import { MaturityLevels } from '@collections/MaturityLevels/config'
import { Questions } from '@collections/Questions/config'
import { Resources } from '@collections/Resources/config'
import { Claims } from '@collections/Claims/config'
import { Comments } from '@collections/Comments/config'
import { Outbox } from '@collections/Outbox/config'
import { Notifications } from '@collections/Notifications/config'
import { ContentStamp } from '@collections/ContentStamp/config'
import { LinkChecks } from '@collections/LinkChecks/config'
import { TranslationStates } from '@collections/TranslationStates/config'
import { PublishingStates } from '@collections/PublishingStates/config'
import { TranslationMemory } from '@collections/TranslationMemory/config'
import { recordTranslationStatesTask } from '@collections/TranslationStates/task'
import { checkLinksTask } from '@collections/LinkChecks/task'
import { SiteTexts } from '@collections/SiteTexts/config'
import { TeamAnswers } from '@collections/TeamAnswers/config'
import { AssessmentContributions } from '@collections/AssessmentContributions/config'
import { PageViews } from '@collections/PageViews/config'
import { TeamAssessments } from '@collections/TeamAssessments/config'
import { DeletedTeamAssessments } from '@collections/DeletedTeamAssessments/config'
import { purgeTeamAssessmentsTask } from '@collections/TeamAssessments/purge'
import { Schedules } from '@collections/Schedules/config'
import { SignInFailures } from '@collections/SignInFailures/config'
import { Users } from '@collections/Users/config'
import { recordFailedSignIn } from '@/cms/activity/hooks'
import { adminDateFormat, adminTimeZone, installAdminClock, withAdminDates } from '@/cms/admin/clock'
import { adminLanguages } from '@/cms/admin/languages'
import { withLabelFunctions } from '@/cms/admin/labels'
import { adminTranslations } from '@/cms/admin/translations'
import { MemoryInsertFeature } from '@/cms/admin/translation/memory-insert-feature'
import { databaseAdapter } from '@/cms/database/database'
import { guardDocumentLocks } from '@/cms/document-locks'
import { refuseMalformedWrites } from '@/cms/field-values/guard'
import { healthEndpoint } from '@/cms/endpoints/health-endpoint'
import { deleteContributionsEndpoint, insightsCsvEndpoint, insightsEndpoint } from '@/cms/endpoints/insights-endpoint'
import { emailAdapter } from '@/cms/mail/email'
import { startMailSender } from '@/cms/mail/sender'
import { startViewWriter } from '@/cms/insights/page-views'
import { warmMemoryIndexes } from '@/cms/translation-memory/lookup'
import { startDigestSender } from '@/cms/notifications/digest'
import { unsubscribeEndpoints } from '@/cms/notifications/unsubscribe'
import { defaultLocale, locales } from '@/shared/locales'
import { payloadLogger } from '@/shared/server/log'
import { previewUrl } from '@/cms/publishing/preview-url'
import { publishTogetherEndpoint, unpublishedTogetherEndpoint } from '@/cms/publishing/publish-together'
import { revalidateEndpoint } from '@/cms/endpoints/revalidate-endpoint'
import { confirmTranslationEndpoint, translationStatusEndpoint } from '@/cms/translation-status/endpoint'
import { translationMemoryEndpoint } from '@/cms/translation-memory/endpoint'
import { publishedComparisonEndpoint } from '@/cms/review/comparison'
import { scheduleStateEndpoint } from '@/cms/schedules/endpoint'
import { payloadSecret } from '@/cms/secret'
import { startScheduleRunner } from '@/cms/schedules/runner'
import { withVersionAuthorsView } from '@/cms/publishing/versions'
import { withCommentsInComparison } from '@/cms/comments/in-comparison'
import { env } from '@/shared/server/environment'
import { cookiePrefix } from '@/shared/payload-internals'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

// Payload's own dates, formatted on this server (whose clock is UTC), in the admin's zone.
installAdminClock()

// Payload adds its locked-documents collection while building the config: its access rules
// can only be tightened on the result (src/cms/document-locks.ts).
export default buildConfig(
  withLabelFunctions({
    serverURL: env().SERVER_URL,
    cookiePrefix,
    secret: payloadSecret(),
    db: databaseAdapter(projectRoot),
    // No media library: advice links to resources, it does not embed uploads. A fixed toolbar:
    // editors find bold, lists, links and headings without knowing the '/' menu. The translation
    // memory's "Ekle" writes into the editor through a feature of its own.
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter((f) => !['upload', 'relationship'].includes(f.key)),
        FixedToolbarFeature(),
        MemoryInsertFeature(),
      ],
    }),
    collections: [
      Areas,
      Questions,
      Choices,
      Advice,
      Resources,
      MaturityLevels,
      Users,
      TeamAssessments,
      TeamAnswers,
      AssessmentContributions,
      PageViews,
      DeletedTeamAssessments,
      LinkChecks,
      TranslationStates,
      PublishingStates,
      TranslationMemory,
      ActivityLog,
      SignInFailures,
      Schedules,
      Claims,
      Outbox,
      Notifications,
      Comments,
    ]
      .map(withVersionAuthorsView)
      .map(withCommentsInComparison)
      .map(withAdminDates),
    globals: [SiteTexts, ContentStamp].map(withAdminDates),
    endpoints: [
      revalidateEndpoint,
      healthEndpoint,
      translationStatusEndpoint,
      confirmTranslationEndpoint,
      translationMemoryEndpoint,
      unpublishedTogetherEndpoint,
      publishTogetherEndpoint,
      scheduleStateEndpoint,
      publishedComparisonEndpoint,
      ...unsubscribeEndpoints,
      insightsEndpoint,
      insightsCsvEndpoint,
      deleteContributionsEndpoint,
    ],
    localization: {
      // Turkish names ("İngilizce"): Payload shows a per-language label object as the bare code
      // beside every field, and the admin's editors work in Turkish.
      locales: locales.map(({ code, names }) => ({ code, label: names.tr })),
      defaultLocale,
      fallback: true,
      // The admin's Publish button publishes the language being edited, never all of them.
      defaultLocalePublishOption: 'active',
    },
    i18n: {
      supportedLanguages: adminLanguages,
      fallbackLanguage: 'tr',
      translations: adminTranslations,
    },
    admin: {
      user: Users.slug,
      // Gravatar is not reachable from STGM's servers; never call out for avatars.
      avatar: 'default',
      components: {
        graphics: { Logo: '/cms/admin/Logo', Icon: '/cms/admin/Icon' },
        providers: ['/cms/admin/AdminClock', '/cms/admin/EditorsOnlyControls', '/cms/admin/EditorToolbarLabels'],
        // "Saatler İstanbul saatiyle": the zone said once, above every screen's header.
        header: ['/cms/admin/ZoneNote'],
        // The unread count of one's own notifications, under the collections in the navigation.
        afterNavLinks: ['/cms/admin/notifications/UnreadNotifications'],
        beforeDashboard: [
          '/cms/admin/dashboard/EmailWarning',
          '/cms/admin/dashboard/BrokenLinks',
          '/cms/admin/dashboard/MyDrafts',
          '/cms/admin/dashboard/ReviewQueue',
          '/cms/admin/dashboard/ScheduledPublishing',
          '/cms/admin/dashboard/RecentChanges',
          '/cms/admin/dashboard/SignInFailures',
          '/cms/admin/translation/TranslationProgress',
          '/cms/admin/insights/Insights',
        ],
      },
      importMap: { baseDir: path.resolve(projectRoot, 'src') },
      meta: {
        titleSuffix: ' · ROTA İçerik Yönetimi',
        description: 'STGM ROTA öz değerlendirme aracının reçete ve kaynak yönetimi',
      },
      // One clock (src/cms/admin/clock.ts): "5 Aralık 2026 10:24", Istanbul time, everywhere.
      dateFormat: adminDateFormat,
      timezones: {
        defaultTimezone: adminTimeZone,
        supportedTimezones: [{ label: 'İstanbul (UTC+3)', value: adminTimeZone }],
      },
      // The advice editor shows the page beside the text, refreshed at every autosave.
      livePreview: {
        collections: ['advice', 'questions'],
        url: ({ data, collectionConfig, locale }) => previewUrl(collectionConfig?.slug ?? '', data, locale.code) ?? '/',
        breakpoints: [
          { label: 'Telefon', name: 'mobile', width: 375, height: 667 },
          { label: 'Masaüstü', name: 'desktop', width: 1280, height: 800 },
        ],
      },
    },
    typescript: {
      outputFile: path.resolve(projectRoot, 'payload-types.ts'),
      // Not rewritten behind anyone's back by every test worker's start: `npm start` regenerates it
      // before a build, `npm run generate:types` by hand, and a test checks the committed file.
      autoGenerate: false,
    },
    graphQL: {
      disablePlaygroundInProduction: true,
    },
    telemetry: false,
    // Scheduled work (the nightly deletion of old team assessments, the weekly link check and
    // trimming of the activity log) runs in the app's own process.
    jobs: {
      tasks: [purgeTeamAssessmentsTask, checkLinksTask, recordTranslationStatesTask, trimActivityLogTask],
      autoRun: [{ cron: '0 */10 * * * *', queue: 'nightly', silent: true }],
      // Command-line tools and tests start Payload too: only the serving app runs the schedule.
      shouldAutoRun: () => env().ROTA_RUN_JOBS,
    },
    email: emailAdapter(),
    // Scheduled publishing is due to the minute: not a queue run every ten minutes but its own
    // runner, in the serving app only (the same switch as the jobs).
    onInit: async (payload) => {
      if (!env().ROTA_RUN_JOBS) return
      startScheduleRunner(payload)
      startMailSender(payload)
      startViewWriter(payload)
      // A second after start: the request that started Payload answers first.
      setTimeout(() => void warmMemoryIndexes(payload), 1_000).unref()
      if (env().SMTP_URL) startDigestSender(payload)
    },
    // Failed sign-ins reach no hook of the users collection, only Payload's error handling.
    hooks: { afterError: [recordFailedSignIn] },
    // A mistyped password, a refused rule or a bad query is the caller's event, not a server
    // error: one line, no stack trace.
    // (Payload reads the map by error name; its type knows only some of Payload's own names.)
    loggingLevels: {
      AuthenticationError: 'info',
      LockedAuth: 'info',
      UnverifiedEmail: 'info',
      QueryError: 'info',
      ...({ Refused: 'info', UnauthorizedError: 'info' } as Record<string, 'info'>),
    },
    logger: payloadLogger(),
  }),
)
  .then(guardDocumentLocks)
  .then(refuseMalformedWrites)
