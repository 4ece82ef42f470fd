/**
 * The collections staff comment on (collections/Comments): the editorial documents, each with
 * drafts, versions and languages. The admin's side panel and the API accept these only.
 */
export const commentableCollections = [
  'advice',
  'questions',
  'choices',
  'resources',
  'areas',
  'maturity-levels',
] as const
export type CommentableCollection = (typeof commentableCollections)[number]
