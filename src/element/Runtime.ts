// The runtime now lives beside createRuntime (src/Runtime.ts). This re-export keeps theme
// integrations that still read it from here compiling until they are handed the runtime.
export { getRuntime, onRuntime, type Runtime } from '../Runtime';
