declare module 'virtual:missiewijzer-matcher-input' {
  import type { MissionInput, TermInput } from '../matcher';

  const input: { missions: MissionInput[]; terms: TermInput[] };
  export default input;
}
