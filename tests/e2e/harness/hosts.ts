import { DEFAULT_SITES } from '../../../lib/sites/default-sites';

/** A site outside the default list: the extension must leave it alone until enabled. */
export const OTHER_SITE = 'www.example-blog.org';

/** Every host name the harness maps to the fixture server. */
export const MAPPED_HOSTS: string[] = [...DEFAULT_SITES.flatMap((s) => [s, `*.${s}`]), OTHER_SITE];
