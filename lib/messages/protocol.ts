/**
 * The runtime messages the background accepts and the page-terms answer, as Zod schemas: every
 * incoming message is parsed, and anything malformed is ignored. The messages a content script
 * accepts are in content-messages.ts, checked without Zod.
 */
import * as z from 'zod/mini';

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

export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  const result = backgroundMessageSchema.safeParse(message);
  return result.success ? result.data : null;
}
