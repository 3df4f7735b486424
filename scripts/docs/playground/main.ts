// Entry of the playground bundle (esbuild, browser, `@ntm/source` condition): mounts each tool into its section.
import { mountCalculator } from './calculator.js';
import { mountProvinceCheck } from './province.js';

const calculator = document.getElementById('calculator-root');
if (calculator) mountCalculator(calculator);
const province = document.getElementById('province-root');
if (province) mountProvinceCheck(province);
document.body.dataset.ready = 'true';
