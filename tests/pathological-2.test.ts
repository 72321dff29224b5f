// The other half of the 1 MB adversarial inputs (see pathological.test.ts).
import { checkPathological } from './pathological-inputs.js';

checkPathological(1);
