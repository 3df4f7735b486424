import { testErrorExamples } from '../../../test/support/error-examples.js';
import { OCOP_SCORING_ERROR_EXAMPLES } from './error-examples.js';

testErrorExamples('@ntm/ocop-scoring', OCOP_SCORING_ERROR_EXAMPLES);
