import type { AssessmentText } from '@/site/assessment-texts/tr'

/** The self-assessment flow's texts in English, read by every language without its own. */
export const en: AssessmentText = {
  nav: 'Self-assessment',
  title: 'Assess your organisation',
  lead: 'ROTA’s questions help you see where your organisation stands. You get a report of your own with STGM’s advice and recommended resources for each of your answers.',
  howLong: (questions: number, areas: number) =>
    `There are ${questions} questions in ${areas} areas; answering takes about ${Math.max(5, Math.round(questions * 0.5))} minutes.`,
  privacy:
    'Your answers are not stored anywhere: they stay in this browser and in your report’s address. Keep the address to come back to your report later, or share it.',
  start: 'Start the assessment',
  resume: 'Continue where you left off',
  resumeNote: '{n} of your answers are kept in this browser.',
  clear: 'Clear the kept answers',
  cleared: 'The answers kept in this browser were cleared.',
  noQuestions: 'No questions have been published yet.',
  areaProgress: (index: number, total: number) => `Area ${index} of ${total}`,
  answeredProgress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
  otherArea: 'Other questions',
  dontKnow: 'I don’t know / not sure',
  previous: 'Previous area',
  next: 'Next area',
  toReport: 'See the report',
  continueAnyway: 'Continue without answering',
  notAnswered: 'This question is not answered.',
  errorTitle: (count: number) => (count === 1 ? 'One question is not answered' : `${count} questions are not answered`),
  errorText:
    'Mark the questions you want to answer, or choose “I don’t know” if you are not sure. You need not answer every question: you can also continue without answering.',
  reportTitle: 'Your assessment report',
  reportDate: (day: string) => `Answers given on ${day}`,
  reportLead:
    'STGM’s advice and recommended resources for each of your answers. This page’s address is your report: keep it, share it or print it.',
  yourAnswer: 'Your answer',
  noAdviceYet: 'No advice has been published for this answer yet.',
  levelsTitle: 'Maturity level',
  levelsSummary: (answered: number) =>
    `How your ${answered} ${answered === 1 ? 'answer' : 'answers'} in this area spread over the maturity levels STGM set:`,
  teamLevelsSummary: (answered: number) =>
    `How the team’s ${answered} ${answered === 1 ? 'answer' : 'answers'} in this area spread over the maturity levels STGM set:`,
  levelColumn: 'Level',
  countColumn: 'Answers',
  levelOfAnswer: (level: string) => `Level: ${level}`,
  dontKnowTitle: 'Questions you were not sure about',
  dontKnowText: 'These may be worth discussing with your team.',
  unansweredTitle: 'Questions not answered',
  answerIt: 'Answer',
  changeAnswers: 'Change the answers',
  copyLink: 'Copy the link',
  copied: 'The link was copied.',
  print: 'Print',
  ignoredTitle: 'Some of the address could not be read and was left out of the report',
  ignored: {
    question: (name: string) => `${name}: no such question, or not published`,
    choice: (name: string) => `${name}: this question has no such answer, or it is not published`,
    value: (name: string) => `${name}: not a valid answer`,
    date: (name: string) => `${name}: not a valid date (YYYY-MM-DD)`,
  },
  emptyReport: 'You have not answered any question yet.',
  question: 'Question',
  planLegend: 'Action plan',
  planPick: 'We will act on this advice first',
  planOwner: 'Who takes it on?',
  planTarget: 'Target date',
  planUpdate: 'Update the action plan',
  planTitle: 'Action plan',
  planEmpty:
    'No advice has been added to the action plan yet: tick the box under the advice to act on first and press “Update the action plan”.',
  planHint:
    'The plan is added to the report’s address. To add what you chose to the link, first press “Update the action plan”; then keep the link, share it or print it.',
  planHintLive:
    'The plan is added to the report’s address, which follows every change. “Copy the link” copies the plan too. Press “Update the action plan” to refresh the table below.',
  planQuestion: 'Question and answer',
  planNobody: 'not set',
  reportResources: 'Resources of this report',
  compareTitle: 'Compare with an earlier assessment',
  compareLabel: 'The link to your earlier report',
  compareButton: 'Compare',
  compareNone: 'No answers could be read from this link.',
  compareSummary: (changed: number, day: string | null) =>
    `Compared with the assessment ${day ? `of ${day}` : 'before'}, ${changed === 0 ? 'no answer changed' : `${changed} answer${changed === 1 ? '' : 's'} changed`}.`,
  earlierAnswer: 'In the earlier assessment',
  earlierNone: 'not answered',
  updatedOn: (day: string) => `This advice was updated on ${day}.`,
  whatChanged: 'What changed?',
  team: {
    title: 'Assess as a team',
    lead: 'Let the board, staff and volunteers answer separately, then discuss the results together. No accounts needed.',
    nameLabel: 'Your organisation’s name (optional)',
    nameField: 'Organisation name',
    memberNameField: 'Your name',
    nameInvalid: 'Correct the name.',
    create: 'Create a team assessment',
    privacy: (days: number) =>
      `Personal data (KVKK): a team assessment keeps only the organisation’s name (optional), the role each member picks, their names if given, and their answers. Once no round of the team has had an answer or a change for ${days} days, everything is deleted automatically, every round with it; the coordinator can delete it at any time. No personal data is required.`,
    coordinatorTitle: 'Team assessment: coordinator’s page',
    keepThis:
      'Keep this page’s link: it is the only way to see the results and to delete the assessment, and it is not shown again.',
    membersLink: 'The members’ link to answer',
    membersLinkHelp: 'Share this link with your team. Everyone answers from their own browser.',
    copyMembersLink: 'Copy the members’ link',
    copyCoordinatorLink: 'Copy the coordinator’s link',
    linkCopied: 'The link was copied.',
    linkNotCopied: 'Could not copy: select the link and copy it yourself.',
    coordinatorLink: 'The coordinator’s link (keep it private)',
    memberTitle: 'Team assessment',
    memberLead:
      'Answer the questions from your own point of view. Your answers join the team’s results with your role only.',
    yourName: 'Your name (optional)',
    yourRole: 'Your role in the organisation',
    roles: { board: 'Board', staff: 'Staff', volunteer: 'Volunteer', member: 'Member', other: 'Other' },
    roleMissing: 'Choose your role.',
    send: 'Send my answers',
    changing: 'You answered before; you can change your answers and send them again.',
    closed: 'The coordinator closed this assessment; it takes no more answers.',
    closedTitle: 'This link is closed',
    closedText:
      'The answers given are kept. If you need to answer or to change your answers, ask your coordinator: they can reopen the link.',
    full: (n: number) => `At most ${n} people can take part in this assessment, and that number was reached.`,
    thanksTitle: 'Thank you, your answers were saved',
    thanksText: 'Your coordinator can see the team’s results. You can change your answers from this browser.',
    change: 'Change my answers',
    sharedResults: 'See the team’s results',
    resultsTitle: 'The team’s results',
    answeredBy: (n: number) => `${n} ${n === 1 ? 'person' : 'people'} answered`,
    noAnswers: 'Nobody has answered yet. Share the members’ link with your team.',
    agendaTitle: 'Meeting agenda: where the team disagrees',
    agendaLead:
      'The questions the team answered differently, most divided first. Discussing them together is the point of the assessment.',
    agendaNone: 'The team gave the same answer to every question.',
    byAreaTitle: 'The team’s answers by area',
    share: (n: number, of: number) => `${n} / ${of} ${of === 1 ? 'person' : 'people'}`,
    split: (different: number, answered: number) =>
      answered === 0
        ? 'Nobody answered'
        : different <= 1
          ? `Everyone gave the same answer (${answered} ${answered === 1 ? 'person' : 'people'})`
          : `${different} different answers (${answered} people)`,
    unsureCount: (n: number) => `${n} not sure`,
    byRole: 'By role',
    roleHidden: (n: number) =>
      `A role’s answers are shown apart only when it has at least ${n} members; so that nobody’s answers can be told, smaller roles (and, where needed, the smallest role with them) count in the team’s totals only. The CSV file does not give these members’ role either.`,
    linkOpen: 'The members’ link is open: answers are taken.',
    linkClosed:
      'The members’ link is closed: no new answers are taken. To reopen it, untick the setting below and save.',
    limitReached: (n: number) =>
      `Member limit reached: at most ${n} people can take part in an assessment; new members’ answers are not taken. Those who answered can still change their answers.`,
    adviceTitle: 'The advice for every answer given',
    adviceCount: (n: number) => `advice for ${n} ${n === 1 ? 'answer' : 'answers'}`,
    csv: 'Download all answers (CSV)',
    settingsTitle: 'Manage the assessment',
    closeLabel: 'Close the members’ link: no new answers are taken (you can reopen it at any time)',
    shareLabel: 'Share the results with the members',
    save: 'Save',
    deleteTitle: 'Delete the assessment',
    deleteText: (rounds: number) =>
      rounds > 1
        ? `This team’s ${rounds} rounds and all their answers are deleted at once and for good; none of the rounds’ links will work.`
        : 'All answers are deleted at once and for good; both links stop working.',
    deleteButton: 'Delete the assessment and all answers',
    deleteConfirmTitle: 'Delete the assessment?',
    deleteConfirmText: (members: number, rounds: number) =>
      rounds > 1
        ? `This team’s ${rounds} rounds and every answer given in them will be deleted at once and for good. Every round’s members’ link and the coordinator’s link will stop working.`
        : `${members ? `The answers of ${members} ${members === 1 ? 'person' : 'people'}` : 'The assessment'} will be deleted at once and for good. The members’ link and the coordinator’s link will stop working.`,
    deleteConfirmButton: 'Yes, delete',
    deleteCancel: 'Cancel, back to the results',
    deleteKeep: 'Cancel',
    deleted: 'The team assessment and all its answers were deleted.',
    goneTitle: 'This assessment was deleted',
    goneText: (days: number) =>
      `This team assessment was deleted by its coordinator, or automatically after ${days} days unused. All its answers were deleted too; they cannot be brought back.`,
    goneNew: 'Create a new team assessment',
    tooMany: 'Too many team assessments were created from this address in a short time. Try again in an hour.',
    tooLarge: 'The form sent is too large.',
    participants: 'Taking part',
    csvMember: 'Member',
    csvRole: 'Role',
    csvRoleHidden: 'Not shown (small group)',
    roundStarted: (n: number, day: string) => `Round ${n} · started on ${day}`,
    laterRound: (n: number) => `This team has a newer round: round ${n}.`,
    laterRoundLink: 'Go to the latest round',
    roundsTitle: 'Rounds',
    roundsLead:
      'You can assess again with the same team, a year on for instance. Each round is kept with its date; your coordinator’s link opens every round.',
    roundItem: (n: number, day: string, members: number) =>
      `Round ${n} · ${day} · ${members} ${members === 1 ? 'person' : 'people'} took part`,
    roundHere: '(you are here)',
    newRoundTitle: 'Start a new round',
    newRoundText:
      'The new round gets a new members’ link. This round’s members’ link is closed and its answers are kept; the new round’s results show what changed in each question.',
    newRoundButton: 'Start a new round',
    roundsFull: (n: number) =>
      `A team can have at most ${n} rounds, and this one has reached it. You can create a new team assessment.`,
    compareTitle: 'What changed since the previous round?',
    compareLead: (n: number, day: string) =>
      `For each question, the team’s most common answer and the share of those who answered who chose it (agreement), compared with round ${n}, started on ${day}. The share is of everyone who answered the question, “I don’t know / not sure” included.`,
    compareSummary: (moved: number, up: number, down: number) =>
      `${moved ? `The most common answer changed in ${moved} ${moved === 1 ? 'question' : 'questions'}` : 'The most common answer changed in no question'}; agreement rose in ${up} and fell in ${down}.`,
    compareThen: (n: number) => `Round ${n} (previous)`,
    compareNow: (n: number) => `Round ${n} (this round)`,
    percent: (p: number) => `${p}%`,
    tied: 'tied',
    noneChosen: 'Nobody chose an answer',
    moved: 'The most common answer changed',
    kept: 'The most common answer stayed the same',
    agreementUp: 'Agreement rose',
    agreementDown: 'Agreement fell',
    agreementSame: 'Agreement stayed the same',
    unchanged: (n: number) => `Questions that did not change (${n})`,
  },
  insights: {
    offerTitle: 'Add my answers to the anonymous statistics',
    offerLead:
      'If you wish, add your answers without your name: other organisations can compare their answers with others’, and STGM sees where support is needed most. Adding them is entirely up to you.',
    teamLead:
      'If you wish, add your team’s answers as one organisation’s, without your name: for each question, the answer most given in your team is added.',
    profileLegend: 'About your organisation (optional)',
    notSaid: 'I prefer not to say',
    privacy: (k: number, perDay: number) =>
      `Personal data (KVKK): when you press the button, only your answers (which answer to which question), the profile chosen above and the current month are kept. Your internet address (IP), the time of day, anything you wrote, this page’s link and your team are not kept; the record cannot be tied to you or your report. To prevent abuse, at most ${perDay} contributions a day are accepted from one address: for this a counter derived from your address, which cannot be turned back into it, is kept for a day, apart from your contribution. Figures are shown only for groups of at least ${k} organisations. Added answers cannot be taken back, since nobody can tell which are yours.`,
    button: 'Add my answers to the anonymous statistics',
    thanks: 'Thank you: your answers were added to the anonymous statistics.',
    empty: 'There is nothing to add: no question has an answer other than “I don’t know”.',
    tooMany: 'Enough contributions came from this address today. Please try again tomorrow.',
    confirmTitle: 'Confirm your contribution',
    confirmText:
      'This form was sent before or has expired (a report’s address shows everyone the same page). To add your answers, confirm once more.',
    back: 'Back to the report',
    benchTitle: 'Among organisations',
    benchLead: (k: number) =>
      `This comparison comes from organisations that added their answers anonymously. It is shown for a question once at least ${k} organisations answered it.`,
    benchNone: (k: number) =>
      `Not enough contributions yet: the comparison shows here once at least ${k} organisations answered a question.`,
    filterLabel: 'Organisations compared',
    everyone: 'All organisations',
    same: (n: number, percent: number) =>
      `Of the ${n} organisations that answered this question, ${percent}% gave the same answer as you.`,
    distribution: 'Other organisations’ answers',
    choiceColumn: 'Answer',
    organisationsColumn: 'Organisations',
    shareColumn: 'Share',
    notShown: (k: number) =>
      `The chosen group has fewer than ${k} organisations for this question; no comparison is shown.`,
    othersLevels: (total: number) => `Other organisations’ ${total} answers in this area, by maturity level.`,
  },
}
