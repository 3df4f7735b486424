import { packageBuild } from '../../tsup.base.js';

export default packageBuild(['src/index.ts', 'src/phrases.ts', 'src/ics.ts']);
