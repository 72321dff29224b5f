// Adversarial input must finish: every rule and regular expression stays near-linear on 1 MB runs
// of the characters that drive them. (Speed is measured by npm run bench, not asserted here; the
// timeout only stops a hang: a quadratic rule on 1 MB takes hours.) Half of the inputs here, the
// other half in pathological-2.test.ts, so that the two run in parallel.
import { checkPathological } from './pathological-inputs.js';

checkPathological(0);
