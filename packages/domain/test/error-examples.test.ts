import { testErrorExamples } from '../../../test/support/error-examples.js';
import { DOMAIN_ERROR_EXAMPLES } from './error-examples.js';

testErrorExamples('@ntm/domain', DOMAIN_ERROR_EXAMPLES);
