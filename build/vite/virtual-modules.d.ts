declare module 'virtual:missiewijzer-precompiled-matcher' {
  import type { PrecompiledMatcher } from '../../lib/matcher/precompiled-matcher';

  const precompiled: PrecompiledMatcher;
  export default precompiled;
}
