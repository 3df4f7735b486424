import { testErrorExamples } from '../../../test/support/error-examples.js';
import { CLI_ERROR_EXAMPLES } from './error-examples.js';

testErrorExamples('@ntm/cli', CLI_ERROR_EXAMPLES);
