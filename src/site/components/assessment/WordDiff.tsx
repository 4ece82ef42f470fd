import { wordDiff } from '@/shared/text/word-diff'

/** Two versions of a text as one, removed words struck through and added ones marked. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="word-diff">
      {wordDiff(before, after).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <ins key={i}>{part.text}</ins>
        ),
      )}
    </p>
  )
}
