/** A real heading at a level chosen by the host page (the popup nests the card under its own h1). */
import type { ComponentChildren } from 'preact';
import type { HeadingLevel } from './card-env';

type Props = { level: HeadingLevel; class?: string; children: ComponentChildren };

export function Heading({ level, class: className, children }: Props) {
  const Tag = `h${level}` as const;
  return <Tag class={className}>{children}</Tag>;
}
