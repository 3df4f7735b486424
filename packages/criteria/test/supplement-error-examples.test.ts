import { testErrorExamples } from '../../../test/support/error-examples.js';
import { SUPPLEMENT_ERROR_EXAMPLES } from './supplement-error-examples.js';

testErrorExamples('@ntm/criteria (national supplement)', SUPPLEMENT_ERROR_EXAMPLES);
