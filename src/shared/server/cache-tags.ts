/**
 * The cache tag that cached site data (search index, sitemap, resource library) carries and
 * that the CMS revalidates when content changes: one name for the writer and the reader.
 */
export const contentTag = 'rota-content'
