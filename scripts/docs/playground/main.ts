// Entry of the playground bundle (esbuild, browser, `@ntm/source` condition): mounts each tool into its section.
import { mountProvinceCheck } from './province.js';
import { mountSupplementCheck } from './supplement.js';

// The supplement checker hands a valid supplemented set to the province checker: national → supplement → province.
const province = document.getElementById('province-root');
const offer = province ? mountProvinceCheck(province) : undefined;
const supplement = document.getElementById('supplement-root');
if (supplement) mountSupplementCheck(supplement, (set) => offer?.(set));
document.body.dataset.ready = 'true';
