/**
 * Every bound on what enters the system, in one place: the collections, the API routes,
 * the import and the site read them from here, and docs/operations/limits.md quotes them.
 * A value outside a bound is refused where it enters, with a message naming it; it is
 * never clipped silently.
 */
export const limits = {
  /**
   * Question and choice numbers: the `question_id` / `choice_id` of the content files and
   * the numbers in the site's addresses (/tr/questions/16/2). One range for all three, so
   * nothing can be stored that the site does not serve.
   */
  contentNumber: { min: 1, max: 999_999 },
  /** Sort positions of areas and questions. */
  order: { min: 0, max: 999_999 },
  /**
   * Every date a write stores (schedules, locks, any date field): from this year on and at most
   * this many years ahead. Outside it nothing the product does makes sense, and a year past
   * 9999 (`+010000-…`) would sort before today as text.
   */
  dates: { earliestYear: 2000, yearsAhead: 10 },
  /** A number field without a range of its own: what a double holds exactly. */
  number: { min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },

  /** Bytes of one request body (REST, GraphQL). An advice in the editor's JSON is ~50 KB. */
  requestBodyBytes: 2 * 1024 * 1024,
  /** Query string of an API request, in characters. */
  queryStringChars: 8 * 1024,
  /** Conditions in one API `where`, and how deeply they may nest (and/or inside and/or). */
  whereConditions: 100,
  whereDepth: 6,
  /** Documents per page (`limit`) and the highest page number of an API list. */
  pageSize: 500,
  page: 100_000,
  /** How deep an API request may populate relations (Payload's own maximum, stated). */
  populateDepth: 10,

  graphql: {
    queryChars: 20_000,
    tokens: 2_000,
    fragments: 50,
    /** Nested selections, fragments expanded. */
    depth: 12,
    /** Fields the answer may hold, lists counted at their page size (10 unless `limit` says). */
    resultFields: 10_000,
    /** Assumed length of a list whose size the query does not state (relations, joins). */
    defaultListSize: 10,
  },

  /**
   * Rich text (advice, explanations, site texts): levels of the editor's tree (a list nested
   * 16 deep is about 35 levels: each level is a list and its item) and nodes.
   */
  richTextDepth: 40,
  richTextNodes: 20_000,

  import: {
    /** One content file; the real advice files are about 5 KB. */
    fileBytes: 256 * 1024,
    /** The front matter between the `---` lines, and the YAML aliases it may expand. */
    frontMatterBytes: 8 * 1024,
    yamlAliases: 20,
    /** Links in one file (each becomes a resource). */
    links: 200,
    /**
     * What makes the Markdown parser slow or hungry, read before it runs: nested lists and
     * quotes (time grows with the square of the depth), lines (80,000 one-letter paragraphs
     * take over 512 MB) and emphasis marks `*` `_` (time grows with the square of their
     * number in a paragraph). Real advice uses a few levels, some hundred lines, some dozen marks.
     */
    nesting: 16,
    lines: 5_000,
    emphasisMarks: 2_000,
    /** Time and memory for converting one file's Markdown. */
    convertMs: 10_000,
    convertMemoryMb: 512,
    /** Files in one run, and folders deep below the given folder. */
    files: 20_000,
    folderDepth: 16,
    /**
     * One XLIFF file (content-import/xliff/): its size, its documents (`<file>`), units and
     * inline codes, and how deep its elements nest. The export writes one file per question,
     * some dozen KB; an agency's tool may merge them, a thousand advice are about 5 MB.
     */
    xliff: {
      /**
       * Seconds an export spends looking up translation memory candidates: a fuzzy lookup over
       * 20,000 remembered paragraphs costs 20–35 ms of CPU, so 6,000 units would take minutes.
       * Units past it are written without candidates, and the export says how many.
       */
      matchSeconds: 10,
      fileBytes: 16 * 1024 * 1024,
      documents: 10_000,
      units: 100_000,
      codes: 200_000,
      depth: 24,
    },
  },

  team: {
    /** Team assessments one client address may create per hour. */
    createdPerHour: 10,
    /** Members who may answer one team assessment (one round of a team: each round has its own). */
    members: 100,
    /**
     * Rounds one team may have (src/site/team/rounds.ts): a round a quarter for five years. The
     * results page reads every round's date and count, and the coordinator's key starts rounds
     * without the creation limit above, so the number is bounded here.
     */
    rounds: 20,
    /** Bytes of a team form (every question answered is a few hundred). */
    formBytes: 64 * 1024,
    /** Characters of an organisation's or a member's name. */
    nameChars: 120,
    /**
     * Members a role needs before its answers are shown apart from the team's (results page and
     * CSV alike, src/site/team/privacy.ts): with three, setting aside any one member's answers
     * (a fake one sent through the members' link by whoever reads the results) still leaves two
     * people whose answers cannot be told apart.
     */
    roleGroupMin: 3,
    /** Days an untouched team assessment is kept before the nightly job deletes it. */
    retentionDays: 180,
    /**
     * Months a deleted team assessment's tombstone (a hash of its link's id and the month: no
     * content) is kept, so that an old link says "deleted" rather than "no such page". A link
     * is in members' e-mails and chats for about as long as the assessment lived; after that
     * the tombstone only grows the table.
     */
    tombstoneMonths: 12,
  },

  /** The anonymous statistics of the self-assessment (docs/decisions/011-anonymous-contributions.md). */
  insights: {
    /** Contributions one client address may make per day (counted apart from the rows, which keep no address). */
    contributionsPerDay: 5,
    /** How long the share form's token is good for (a report left open for a working day still sends). */
    tokenMs: 24 * 60 * 60_000,
    /** How long a server keeps the totals before reading them again (other instances' contributions). */
    totalsMs: 60_000,
    /** How often a serving instance writes the advice pages' read counts it has gathered. */
    viewsFlushMs: 60_000,
    /** Page-and-day counts one instance holds between writes; more are dropped (and logged), never grown without end. */
    viewsPending: 20_000,
    /** Weeks of read counts kept; older rows are removed when counts are written. */
    viewsWeeks: 13,
  },

  /** The server's copies of rendered reports and reading pages (src/cli/page-copies.ts), kept until editors publish. */
  pageCopies: {
    /**
     * Reading pages at their own address: as many as the published content makes (about 13 KB
     * of HTML each, 4 KB gzipped), so this holds thousands, and only they take its room.
     */
    readingBytes: 32 * 1024 * 1024,
    /**
     * Reports with their answers, searches and reading pages with a query: as many addresses as
     * anyone writes, so they share a room of their own and push out only each other. A report
     * with 40 answers is about 120 KB gzipped.
     */
    queriedBytes: 32 * 1024 * 1024,
    /** A page bigger than this is rendered each time rather than crowd out the others. */
    entryBytes: 4 * 1024 * 1024,
    /** Pages are kept at most this long even when nothing is published. */
    maxAgeMs: 60 * 60_000,
  },

  /**
   * A reading page is rewritten without Next.js's scripts (src/cli/without-scripts.ts) up to
   * this size; a bigger one is sent as Next.js rendered it, scripts included.
   */
  readingPageBytes: 4 * 1024 * 1024,

  /** GET /api/health waits this long for the database before it answers 503. */
  healthDatabaseMs: 3_000,

  /** The resource link checker (src/cms/link-check): per request, per run, per host. */
  linkCheck: {
    timeoutMs: 10_000,
    redirects: 5,
    /** Further tries after a network error, a timeout, 429 or 5xx, this far apart (doubling). */
    retries: 2,
    retryDelayMs: 2_000,
    /** Hosts checked at once; one request at a time per host, this far apart. */
    concurrency: 4,
    perHostGapMs: 1_000,
  },

  /**
   * How often each instance checks whether another one published (src/cli/content-watch.ts):
   * with the proxy's second, a publish shows everywhere within the 2 s promised.
   */
  contentWatchMs: 500,

  /**
   * How often the app looks for scheduled publishing that is due (src/cms/schedules/runner.ts):
   * a schedule is carried out within this of its time, well inside the minute promised.
   */
  scheduleCheckMs: 15_000,
  /** A runner that took a schedule and has not finished it this long after is taken to have died. */
  scheduleClaimMs: 5 * 60_000,
  /** Due schedules read at a time; readers' requests are answered between any two whatever the batch. */
  scheduleBatch: 10,
  /**
   * While many schedules are carried out, the pages refresh at most this often (and once at
   * the end): each refresh empties the server's page copies and has every page rendered anew.
   */
  scheduleRefreshMs: 15_000,
  /** After a refresh in the middle of a run, the runner waits this long for the pages to render anew. */
  schedulePagesRenderMs: 2_000,

  /**
   * The activity log and the failed sign-ins kept beside it (src/cms/activity): how long their
   * entries are kept (the weekly job `trimActivityLog` removes older ones), and how many entries
   * strangers can add by failing to sign in, however many addresses they use.
   */
  activityLog: {
    /** Days a change (publish, delete, import run, new user, role change…) is kept. */
    changesDays: 730,
    /** Days an entry of failed sign-ins is kept. */
    signInFailuresDays: 90,
    /**
     * Entries of failed sign-ins (one per address, account and minute) that one minute, and any
     * 24 hours, may add. Further attempts are counted in that minute's "diğer adresler" entry.
     */
    signInFailureEntriesPerMinute: 20,
    signInFailureEntriesPerDay: 1_000,
    /** Distinct failures one process holds before writing them; beyond, they count as "diğer adresler". */
    signInFailuresPending: 1_000,
  },

  auth: {
    passwordChars: { min: 10, max: 200 },
    /**
     * Sign-in and reset attempts one address may make in the window, whatever the account and
     * the transport (each GraphQL alias counts), taken when the request arrives and given back
     * for a right password. Well below the account's limit: one place can never lock anyone out.
     */
    addressAttempts: 5,
    addressWindowMs: 10 * 60_000,
    /**
     * Attempts at one account (by the e-mail typed, existing or not) in the window from browsers
     * that have never signed in to it; beyond it those browsers wait. A browser that has signed
     * in to the account before (its device cookie) is not held by this: it has its own allowance.
     */
    accountAttempts: 10,
    accountWindowMs: 15 * 60_000,
    deviceAttempts: 10,
  },

  /** Comments on drafts (collections/Comments): plain text, a few mentions, and no flood. */
  comments: {
    textChars: 5_000,
    mentions: 10,
    /** Comments (answers included) one person may write in the window; beyond it a 429. */
    perPerson: 30,
    windowMs: 10 * 60_000,
    /** Comments shown on one document in one language (the form's side panel reads them at once). */
    perDocument: 500,
  },

  /**
   * A question to the translation memory (`GET /api/translation-memory`): one paragraph of
   * Turkish (a long advice paragraph is about 1,000 characters; the query string's bound above
   * applies first), and how many matches one answer may list.
   */
  translationMemory: {
    textChars: 2_000,
    results: 10,
  },
} as const

/** Whether `value` is a whole number in `range` (and exactly representable). */
export const inRange = (value: unknown, range: { min: number; max: number }): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= range.min && value <= range.max

/** A number as Turkish readers write it: 999.999. */
export const formatNumber = (value: number, locale = 'tr') => value.toLocaleString(locale === 'en' ? 'en' : 'tr-TR')
