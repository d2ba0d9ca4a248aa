/**
 * The runtime messages between the extension's parts, as Zod schemas: every incoming message is
 * parsed, and anything malformed is ignored. zod/mini keeps the content script small.
 */
import * as z from 'zod/mini';

export const COMMANDS = ['next-term', 'previous-term', 'list-terms'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Messages a content script accepts (from the popup or the background). */
export const contentMessageSchema = z.union([
  z.object({ type: z.literal('page-terms') }),
  z.object({ type: z.literal('command'), command: z.enum(COMMANDS) }),
  /** Scroll to the first occurrence of a mission and open its card. */
  z.object({ type: z.literal('reveal'), id: z.string() }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/** Messages the background accepts (from content scripts and extension pages). */
export const backgroundMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('card-data'),
    missions: z.array(z.string()).check(z.maxLength(100)),
    terms: z.array(z.string()).check(z.maxLength(100)),
  }),
  /** A content script asks for the card's interface, the first time a card is about to open. */
  z.object({ type: z.literal('load-card-ui') }),
]);
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;

export const pageTermSchema = z.object({
  /** Mission or glossary id; null for a shared stem (EUBAM) no nearby country decided. */
  id: z.nullable(z.string()),
  /** The exact page text of the occurrence. */
  text: z.string(),
  kind: z.enum(['mission', 'term']),
  candidates: z.array(z.string()),
});

export const pageTermsResponseSchema = z.object({
  complete: z.boolean(),
  terms: z.array(pageTermSchema),
  longestSliceMs: z.number(),
});

export type PageTerm = z.infer<typeof pageTermSchema>;
export type PageTermsResponse = z.infer<typeof pageTermsResponseSchema>;

/** The parsed message, or null if it is not one of ours. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  const result = contentMessageSchema.safeParse(message);
  return result.success ? result.data : null;
}

export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  const result = backgroundMessageSchema.safeParse(message);
  return result.success ? result.data : null;
}
