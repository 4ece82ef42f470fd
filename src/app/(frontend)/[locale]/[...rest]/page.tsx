import { notFound } from 'next/navigation'

/** Any other address under a language: that language's 404 page. */
export default function UnknownPage() {
  notFound()
}
