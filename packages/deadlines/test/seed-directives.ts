// The two seed directives of examples/directives, parsed: Lai Châu 2020 (dated only "tháng 5 năm 2020", task 1.3
// monthly) and Tuần Giáo 2022 (task 3.2 due "trước ngày 05/08/2022").
import { parseDirective } from '@ntm/domain';
import { readExample } from '../../../test/support/examples.js';

export const laiChau = parseDirective(readExample('directives/lai-chau-2020.json'));
export const tuanGiao = parseDirective(readExample('directives/tuan-giao-2022.json'));
