/**
 * A trie over folded aliases: the scan walks it from each word start, one character at a time, so
 * every alias is looked up at once and a position costs the length of the longest name starting
 * there, not the number of aliases.
 *
 * Flat, in typed arrays: a step is a few array reads instead of a Map lookup, and the content
 * script builds it from the precompiled entries on every page load, where 2,600 Maps took several
 * milliseconds (the scan's code runs cold there: once per page, never optimized).
 */
import { foldForMatching } from './normalize-for-matching';
import type { AliasEntry } from './types';

/**
 * Node 0 is the root; every other node n is reached by edge n - 1 (nodes and edges are numbered
 * as they are made, one edge with each node), so an edge needs no target of its own.
 */
export type Trie = {
  /** Per node: its first child's edge, or NONE. */
  readonly firstEdge: Int32Array;
  /** Per edge: the next edge from the same node, or NONE (children in the order they were added). */
  readonly nextEdge: Int32Array;
  /** Per edge: its key (a folded UTF-16 code unit, see foldCodeUnit; whitespace is one SPACE key). */
  readonly keys: Uint16Array;
  /** Per node: the entries that end there (most have none). */
  readonly entries: readonly (readonly AliasEntry[])[];
  /** The root's child per ASCII key (0: none; the root is no one's child): the first step of every walk. */
  readonly rootAscii: Int32Array;
};

export const ROOT = 0;
/** No such node or edge. */
export const NONE = -1;

/** The child of `node` under `key`, or NONE. Most nodes have one child: a list is the fastest. */
export function childOf(trie: Trie, node: number, key: number): number {
  if (node === ROOT && key < 128) {
    const child = trie.rootAscii[key] as number;
    return child === 0 ? NONE : child;
  }
  const { keys, nextEdge } = trie;
  for (let e = trie.firstEdge[node] as number; e !== NONE; e = nextEdge[e] as number) {
    if (keys[e] === key) return e + 1;
  }
  return NONE;
}

/** The children of `node` as [key, child] pairs, in the order they were added. */
export function childrenOf(trie: Trie, node: number): [key: number, child: number][] {
  const children: [number, number][] = [];
  for (let e = trie.firstEdge[node] as number; e !== NONE; e = trie.nextEdge[e] as number) {
    children.push([trie.keys[e] as number, e + 1]);
  }
  return children;
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

/**
 * The trie of `entries`, inserted in order; `keyOf` gives an entry's folded key (the precompiled
 * matcher has them stored). Built in flat arrays of numbers: no object per node.
 */
export function buildTrie(
  entries: readonly AliasEntry[],
  keyOf: (entry: AliasEntry, index: number) => string = (entry) => foldForMatching(entry.written),
): Trie {
  const firstEdge: number[] = [NONE];
  const lastEdge: number[] = [NONE];
  const nextEdge: number[] = [];
  const keys: number[] = [];
  const nodeEntries: AliasEntry[][] = [[]];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as AliasEntry;
    const key = keyOf(entry, index);
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let e = firstEdge[node] as number;
      while (e !== NONE && keys[e] !== c) e = nextEdge[e] as number;
      if (e === NONE) {
        e = keys.length;
        keys.push(c);
        nextEdge.push(NONE);
        if (lastEdge[node] === NONE) firstEdge[node] = e;
        else nextEdge[lastEdge[node] as number] = e;
        lastEdge[node] = e;
        firstEdge.push(NONE);
        lastEdge.push(NONE);
        nodeEntries.push([]);
      }
      node = e + 1;
    }
    const here = nodeEntries[node] as AliasEntry[];
    // The same name listed twice (acronym repeated among the aliases) is one entry.
    if (!here.some((e) => sameEntry(e, entry))) here.push(entry);
  }
  const rootAscii = new Int32Array(128);
  for (let e = firstEdge[ROOT] as number; e !== NONE; e = nextEdge[e] as number) {
    if ((keys[e] as number) < 128) rootAscii[keys[e] as number] = e + 1;
  }
  return {
    firstEdge: Int32Array.from(firstEdge),
    nextEdge: Int32Array.from(nextEdge),
    keys: Uint16Array.from(keys),
    entries: nodeEntries,
    rootAscii,
  };
}
