/**
 * Where a versioned document stands for readers, per language, as lists and forms show it
 * ("Yayın durumu"):
 * - `live`: readers see it; `everPublished`: it has been live before (an unpublished one);
 * - `pending`: the languages whose newest draft holds changes readers do not see yet;
 * - `shared`: the fields whose draft changes a value of every language (a number, a relation).
 * Stored once per document at every write (collections/PublishingStates), read by lists.
 */
export type PublishingState = { live: boolean; everPublished: boolean; pending: string[]; shared: string[] }

/** Whether a collection shows "Yayın durumu" and stores it (its fields come through `withPublishing`). */
export const showsPublishingState = (fields: ReadonlyArray<object>) =>
  fields.some((field) => 'name' in field && field.name === 'publishingState')

/** The one row per document: `<collection>/<document id>`. */
export const publishingStateKey = (collection: string, document: string) => `${collection}/${document}`

/**
 * A document written as its only version (the import's direct writes): the version is the row
 * itself, so nothing waits, and it is live exactly when written as published.
 */
export const firstVersionState = (published: boolean): PublishingState => ({
  live: published,
  everPublished: published,
  pending: [],
  shared: [],
})
