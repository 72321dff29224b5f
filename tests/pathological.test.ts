// Adversarial input must finish: every rule and regular expression stays near-linear on 1 MB runs
// of the characters that drive them. (Speed is measured by npm run bench, not asserted here; the
// timeout only stops a hang: most quadratic rules on 1 MB take hours, and the one input whose
// quadratic search is fast is 2 MB.) Half of the inputs here, the other half in
// pathological-2.test.ts, so that the two run in parallel.
import { checkPathological } from './pathological-inputs.js';

checkPathological(0);
