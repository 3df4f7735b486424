import { testErrorExamples } from '../../../test/support/error-examples.js';
import { DEADLINES_ERROR_EXAMPLES } from './error-examples.js';

testErrorExamples('@ntm/deadlines', DEADLINES_ERROR_EXAMPLES);
