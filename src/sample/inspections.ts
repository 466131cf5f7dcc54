/**
 * The inspections (督导活动) and creation plans (创建规划) of the sample city (示例数据,
 * synthetic). The two inspections that raised the ledger's issues list exactly those issues as
 * findings and visit every school and kindergarten they concern (plus others), so the ledger, the
 * inspections and the datasets agree. A municipal spot check of 南川区's kindergartens in March
 * 2026 raised nothing; the provincial assessment of 东湖县 is scheduled for May 2026, after the
 * demo date, so a report on that date does not count it. Pure data.
 * @module
 */
import type { CreationPlan, Inspection } from '../schema/inspection.js';
import type { LedgerDocument } from '../schema/ledger.js';
import { COUNTY_CODES } from './compulsory-plans.js';
import { INSPECTION_IDS } from './ledger.js';

const CODES = [COUNTY_CODES.donghu, COUNTY_CODES.xishan, COUNTY_CODES.nanchuan];

// Schools and kindergartens visited besides those where an issue was found.
const ALSO_VISITED: Readonly<Record<string, readonly string[]>> = {
  [INSPECTION_IDS.process]: [
    ...['DH03', 'DH06', 'DH10', 'DH15', 'DH20', 'DH33', 'DK01', 'DK04', 'DK15'],
    ...['XS03', 'XS09', 'XS12', 'XS20', 'XS33', 'XK01', 'XK09', 'XK14'],
    ...['NC01', 'NC04', 'NC07', 'NC10', 'NC28', 'NK01', 'NK05', 'NK13'],
  ],
  [INSPECTION_IDS.returnVisit]: ['DH11', 'DK02', 'XS14', 'XK05', 'NC08', 'NK03'],
};

const COUNTY_OF_PREFIX: Readonly<Record<string, string>> = {
  D: COUNTY_CODES.donghu,
  X: COUNTY_CODES.xishan,
  N: COUNTY_CODES.nanchuan,
};

function visit(id: string): Inspection['institutionsVisited'][number] {
  return {
    county: COUNTY_OF_PREFIX[id.charAt(0)] as string,
    id,
    kind: id.charAt(1) === 'K' ? 'kindergarten' : 'school',
  };
}

// Issues an inspection raised, and the institutions it looked at (those of its own issues; a
// return visit also revisits those of the issues it checked).
function fromLedger(ledger: LedgerDocument, inspection: string, revisitOf?: string) {
  const findings: string[] = [];
  const sites: string[] = [];
  for (const event of ledger.events) {
    if (event.type !== 'issue-raised') continue;
    const { issue } = event;
    const own = issue.source.inspection === inspection;
    if (own) findings.push(issue.id);
    if (!own && issue.source.inspection !== revisitOf) continue;
    const scope = issue.scope;
    const site =
      scope.kind === 'school'
        ? scope.schoolId
        : scope.kind === 'kindergarten'
          ? scope.kindergartenId
          : undefined;
    if (site !== undefined && !sites.includes(site)) sites.push(site);
  }
  for (const site of ALSO_VISITED[inspection] ?? []) if (!sites.includes(site)) sites.push(site);
  sites.sort();
  return { findings, institutionsVisited: sites.map(visit) };
}

const DEPARTMENTS = ['教育局', '财政局', '人社局', '编办', '自然资源局', '住建局', '发展改革局'];

/**
 * Builds the sample's inspections from its ledger: the provincial process supervision of May
 * 2025, the municipal return visit of November 2025, a municipal spot check of kindergartens in
 * March 2026 and the provincial assessment scheduled for May 2026.
 *
 * @category Sample data
 * @param ledger - the sample's ledger
 * @returns the inspections, in date order
 * @example
 * ```ts
 * buildInspections(ledger).map((i) => i.kind); //=> ['process', 'return-visit', 'spot-check', 'provincial-assessment']
 * ```
 */
export function buildInspections(ledger: LedgerDocument): Inspection[] {
  const process = fromLedger(ledger, INSPECTION_IDS.process);
  const returnVisit = fromLedger(ledger, INSPECTION_IDS.returnVisit, INSPECTION_IDS.process);
  return [
    {
      id: INSPECTION_IDS.process,
      kind: 'process',
      level: 'provincial',
      programmes: ['compulsory-quality', 'preschool'],
      counties: CODES,
      dates: { start: '2025-05-12', end: '2025-05-23' },
      team: {
        groups: [
          { name: '第一组', members: ['督学甲', '督学乙', '督学丙'], focus: ['资源配置', '教育质量'] },
          { name: '第二组', members: ['督学丁', '督学戊'], focus: ['政府保障', '教师队伍'] },
          { name: '第三组', members: ['督学己', '督学庚'], focus: ['学前教育普及普惠'] },
        ],
      },
      institutionsVisited: process.institutionsVisited,
      departmentsVisited: DEPARTMENTS,
      interviews: { total: 212, officials: 46, teachers: 88, parents: 62, others: 16 },
      findings: process.findings,
      opinions: [
        { text: '加快城区学校扩容，消除生均校舍和运动场地缺口', category: '资源配置' },
        { text: '补齐音体美教师和骨干教师，落实教师交流轮岗', category: '教师队伍' },
        { text: '足额落实特殊教育和小规模学校经费保障', category: '经费保障' },
        { text: '严格控制班额，杜绝新增大班额', category: '大班额' },
        { text: '扩大公办学前教育资源，提高公办园在园幼儿占比', category: '学前教育普及普惠' },
        { text: '规范学校章程和课程设置，减轻学生课业负担', category: '学校管理' },
        { text: '排查整治校园和幼儿园安全隐患', category: '校园安全' },
      ],
    },
    {
      id: INSPECTION_IDS.returnVisit,
      kind: 'return-visit',
      level: 'municipal',
      programmes: ['compulsory-quality', 'preschool'],
      counties: CODES,
      dates: { start: '2025-11-10', end: '2025-11-21' },
      team: {
        groups: [
          { name: '回访一组', members: ['督学辛', '督学壬'], focus: ['整改核查'] },
          { name: '回访二组', members: ['督学癸', '督学子'], focus: ['整改核查', '学前教育'] },
        ],
      },
      institutionsVisited: returnVisit.institutionsVisited,
      departmentsVisited: ['教育局', '财政局', '编办', '住建局'],
      interviews: { total: 96, officials: 24, teachers: 40, parents: 26, others: 6 },
      findings: returnVisit.findings,
      opinions: [
        { text: '逐项对账销号，未完成的问题明确时间表', category: '整改落实' },
        { text: '防止大班额反弹，严格插班管理', category: '大班额' },
        { text: '加快工程类整改项目进度', category: '资源配置' },
        { text: '落实幼儿园安全和教师持证上岗', category: '学前教育保教质量' },
        { text: '规范作业管理和学校章程', category: '学校管理' },
      ],
    },
    {
      id: INSPECTION_IDS.spotCheck,
      kind: 'spot-check',
      level: 'municipal',
      programmes: ['preschool'],
      counties: [COUNTY_CODES.nanchuan],
      dates: { start: '2026-03-16', end: '2026-03-18' },
      institutionsVisited: ['NK02', 'NK07', 'NK11', 'NK17', 'NK18', 'NK19'].map(visit),
      departmentsVisited: ['教育局'],
      interviews: { total: 30, officials: 4, teachers: 14, parents: 12, others: 0 },
      findings: [],
      opinions: [{ text: '加快提高学前三年毛入园率，落实教师持证上岗', category: '学前教育普及普惠' }],
    },
    {
      id: INSPECTION_IDS.assessment,
      kind: 'provincial-assessment',
      level: 'provincial',
      programmes: ['compulsory-quality'],
      counties: [COUNTY_CODES.donghu],
      dates: { start: '2026-05-11', end: '2026-05-15' },
      institutionsVisited: [],
      departmentsVisited: [],
      findings: [],
      opinions: [],
    },
  ];
}

/**
 * Builds the creation plans (创建规划) of the sample counties: 东湖县 applied for national
 * preschool certification in 2025 (certified that December) and awaits its provincial 优质均衡
 * assessment in May 2026; 西山县 aims at 2026 (preschool) and 2027 (优质均衡); 南川区 aimed at a
 * provincial preschool assessment in 2025 and missed it (behind schedule), and aims at 2028 for
 * 优质均衡.
 *
 * @category Sample data
 * @returns one plan per county and programme
 * @example
 * ```ts
 * buildPlans().length; //=> 6
 * ```
 */
export function buildPlans(): CreationPlan[] {
  return [
    {
      county: COUNTY_CODES.donghu,
      programme: 'compulsory-quality',
      targetYear: 2026,
      stages: [
        { stage: 'planned', date: '2021-06-30' },
        { stage: 'process-supervision', date: '2025-05-12' },
        { stage: 'self-assessed', date: '2026-02-27' },
        { stage: 'city-reviewed', date: '2026-03-20' },
        { stage: 'provincially-assessed', date: '2026-05-15' },
      ],
    },
    {
      county: COUNTY_CODES.donghu,
      programme: 'preschool',
      targetYear: 2024,
      stages: [
        { stage: 'planned', date: '2021-03-31' },
        { stage: 'process-supervision', date: '2023-05-16' },
        { stage: 'self-assessed', date: '2024-03-29' },
        { stage: 'city-reviewed', date: '2024-05-24' },
        { stage: 'provincially-assessed', date: '2024-10-18' },
        { stage: 'publicly-notified', date: '2024-11-08' },
        { stage: 'applied-national', date: '2025-03-20' },
        { stage: 'nationally-certified', date: '2025-12-26' },
      ],
    },
    {
      county: COUNTY_CODES.xishan,
      programme: 'compulsory-quality',
      targetYear: 2027,
      stages: [
        { stage: 'planned', date: '2022-04-15' },
        { stage: 'process-supervision', date: '2025-05-14' },
      ],
    },
    {
      county: COUNTY_CODES.xishan,
      programme: 'preschool',
      targetYear: 2026,
      stages: [
        { stage: 'planned', date: '2022-06-30' },
        { stage: 'process-supervision', date: '2025-05-14' },
        { stage: 'self-assessed', date: '2026-09-30' },
      ],
    },
    {
      county: COUNTY_CODES.nanchuan,
      programme: 'compulsory-quality',
      targetYear: 2028,
      stages: [
        { stage: 'planned', date: '2023-03-31' },
        { stage: 'process-supervision', date: '2025-05-19' },
      ],
    },
    {
      county: COUNTY_CODES.nanchuan,
      programme: 'preschool',
      targetYear: 2025,
      stages: [
        { stage: 'planned', date: '2021-12-31' },
        { stage: 'process-supervision', date: '2025-05-19' },
      ],
    },
  ];
}
