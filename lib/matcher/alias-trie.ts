/**
 * A trie over folded aliases: the scan walks it from each word start, one character at a time, so
 * every alias is looked up at once and a position costs the length of the longest name starting
 * there, not the number of aliases.
 */
import { foldForMatching } from './normalize-for-matching';
import type { AliasEntry, TrieNode } from './types';

export function createTrieNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

function sameEntry(a: AliasEntry, b: AliasEntry): boolean {
  return (
    a.kind === b.kind &&
    a.written === b.written &&
    a.caseRule === b.caseRule &&
    a.needsContext === b.needsContext &&
    a.prefix === b.prefix &&
    a.ids.length === b.ids.length &&
    a.ids.every((id, i) => id === b.ids[i])
  );
}

export function insertEntry(root: TrieNode, entry: AliasEntry): void {
  const key = foldForMatching(entry.written);
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = createTrieNode();
      node.next.set(c, child);
    }
    node = child;
  }
  // The same name listed twice (acronym repeated among the aliases) is one entry.
  if (!node.entries.some((e) => sameEntry(e, entry))) node.entries.push(entry);
}
