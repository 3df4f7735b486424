import { testErrorExamples } from '../../../test/support/error-examples.js';
import { CRITERIA_ERROR_EXAMPLES, SUPPLEMENT_ERROR_EXAMPLES } from './error-examples.js';

testErrorExamples('@ntm/criteria', CRITERIA_ERROR_EXAMPLES);
testErrorExamples('@ntm/criteria (national supplement)', SUPPLEMENT_ERROR_EXAMPLES);
