import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import GithubSlugger from 'github-slugger'
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'

/**
 * The documentation a newcomer reads: README.md first, then what it links to. Every relative link
 * (and its `#anchor`, as GitHub makes them from headings) leads somewhere, and every page under
 * docs/ can be reached from README.md.
 */
const root = path.resolve(import.meta.dirname, '../..')
const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i

const markdownFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(path.join(root, file)).isDirectory()) return markdownFiles(file)
    return name.endsWith('.md') ? [file] : []
  })
const pages = ['README.md', 'ARCHITECTURE.md', 'patches/README.md', ...markdownFiles('docs')]

type Link = { from: string; target: string; anchor: string; line: number }

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node)
  if ('children' in node) for (const child of node.children) walk(child, visit)
}

const parsed = new Map(pages.map((page) => [page, fromMarkdown(readFileSync(path.join(root, page), 'utf8'))]))

function anchorsOf(page: string): Set<string> {
  const slugger = new GithubSlugger()
  const anchors = new Set<string>()
  walk(parsed.get(page)!, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)))
  })
  return anchors
}

function linksOf(page: string): Link[] {
  const links: Link[] = []
  walk(parsed.get(page)!, (node) => {
    if ((node.type !== 'link' && node.type !== 'definition') || external.test(node.url)) return
    const [file, anchor = ''] = decodeURI(node.url).split('#')
    const target = file ? path.normalize(path.join(path.dirname(page), file)) : page
    links.push({ from: page, target, anchor, line: node.position?.start.line ?? 0 })
  })
  return links
}

describe('the documentation', () => {
  it('links only to files and headings that exist', () => {
    const broken = pages
      .flatMap(linksOf)
      .filter(({ target, anchor }) => {
        if (!existsSync(path.join(root, target))) return true
        if (!anchor) return false
        return !target.endsWith('.md') || !anchorsOf(target).has(anchor)
      })
      .map(({ from, line, target, anchor }) => `${from}:${line} → ${target}${anchor ? `#${anchor}` : ''}`)
    expect(broken).toEqual([])
  })

  it('reaches every page under docs/ from README.md', () => {
    const reached = new Set<string>()
    const reach = (page: string) => {
      if (reached.has(page) || !parsed.has(page)) return
      reached.add(page)
      for (const { target } of linksOf(page)) reach(parsed.has(target) ? target : path.join(target, 'README.md'))
    }
    reach('README.md')
    expect(pages.filter((page) => page.startsWith('docs/') && !reached.has(page))).toEqual([])
  })

  it('keeps README.md to what a newcomer needs, and ARCHITECTURE.md to a map', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200)
    expect(readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(150)
  })
})
